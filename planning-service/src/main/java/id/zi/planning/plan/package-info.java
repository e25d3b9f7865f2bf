/** The unit's yearly ZI work plan (rencana kerja with its rencana aksi table): drafting, review, approval, publication, revisions. */
package id.zi.planning.plan;
