/**
 * Public answering: the form of a survey's link, respondents' anonymised answers and profile, the
 * idempotency key that makes a retried submission count once, and the {@code recorded} event.
 */
@NullMarked
package id.zi.survey.response;

import org.jspecify.annotations.NullMarked;
