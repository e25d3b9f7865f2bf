/**
 * The units' published SPAK and SPKP results, fed by survey-service's {@code zi.survey.result.v1}: the IPAK and
 * IPKP an LKE assessment takes for its hasil when a side enters none.
 */
@NullMarked
package id.zi.monitoring.survey;

import org.jspecify.annotations.NullMarked;
