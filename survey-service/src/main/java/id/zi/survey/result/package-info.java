/**
 * Period results: responses pooled as sums and counts, NRR, IKM and grade or IPAK/IPKP with the three-month
 * window, the minimum sample and progress, the lowest elements, and published revisions with their event.
 */
@NullMarked
package id.zi.survey.result;

import org.jspecify.annotations.NullMarked;
