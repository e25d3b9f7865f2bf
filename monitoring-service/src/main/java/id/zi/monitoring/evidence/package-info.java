/** Monitoring's copy of the units' evidence per plan, fed by evidence's events: shown live beside monev rows and LKE answers. */
@NullMarked
package id.zi.monitoring.evidence;

import org.jspecify.annotations.NullMarked;
