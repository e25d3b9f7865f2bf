/**
 * The LKE assessment of a unit for a year: the unit's own answers and the TPI's side by side for every catalog
 * question, each with notes and evidence links, each side scored and judged for Menuju WBK and WBBM with the
 * rules of {@code id.zi.monitoring.lke}, and the events that report each score and each change of readiness.
 */
@NullMarked
package id.zi.monitoring.assessment;

import org.jspecify.annotations.NullMarked;
