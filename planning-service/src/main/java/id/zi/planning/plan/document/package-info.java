/**
 * The work plan as documents: the rencana aksi as an XLSX (blank template, export, and import that
 * replaces the rows through the same use case as an edit) and the approved plan as a PDF in the shape
 * of the units' own rencana kerja.
 */
package id.zi.planning.plan.document;
