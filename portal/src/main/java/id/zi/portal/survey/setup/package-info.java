/** A unit team's surveys: set-up, the QR poster, live responses against the minimum sample, publication. */
@NullMarked
package id.zi.portal.survey.setup;

import org.jspecify.annotations.NullMarked;
