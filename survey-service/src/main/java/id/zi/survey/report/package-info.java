/** The documents of a survey: the QR poster (PDF, PNG), the Laporan SKM (PDF) and the anonymised responses (CSV, XLSX). */
@NullMarked
package id.zi.survey.report;

import org.jspecify.annotations.NullMarked;
