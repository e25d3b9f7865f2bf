/**
 * Reporting periods of the surveys: quarter, semester and year keys ({@code 2026-Q1}, {@code 2026-S1},
 * {@code 2026}), the months they hold and the three-month window of the perception indices.
 */
@NullMarked
package id.zi.survey.period;

import org.jspecify.annotations.NullMarked;
