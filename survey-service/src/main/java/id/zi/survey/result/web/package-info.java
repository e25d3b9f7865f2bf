/** Period results over HTTP: scoped results, population, follow-up, publication and exports; the open results and the Laporan SKM. */
@NullMarked
package id.zi.survey.result.web;

import org.jspecify.annotations.NullMarked;
