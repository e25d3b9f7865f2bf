/** The public form and the submission of answers, over HTTP without a token. */
@NullMarked
package id.zi.survey.response.web;

import org.jspecify.annotations.NullMarked;
