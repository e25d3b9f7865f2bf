/** The surveys over HTTP for the units and their evaluators, the QR poster, and the service's problem responses. */
@NullMarked
package id.zi.survey.survey.web;

import org.jspecify.annotations.NullMarked;
