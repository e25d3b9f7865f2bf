/**
 * Surveys: a unit's SKM, SPAK or SPKP for one service type, its versioned instrument and wording, its public
 * link, and per period the population and the improvement plan.
 */
@NullMarked
package id.zi.survey.survey;

import org.jspecify.annotations.NullMarked;
