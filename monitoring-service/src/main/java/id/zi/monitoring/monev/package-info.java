/**
 * Monev (monitoring dan evaluasi) per unit and period: the plan rows due by the period's end, their status,
 * realisation and evidence, the follow-up of earlier recommendations, the TPI's return or approval, and the
 * events and report of each.
 */
@NullMarked
package id.zi.monitoring.monev;

import org.jspecify.annotations.NullMarked;
