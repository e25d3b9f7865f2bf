package id.zi.evidence.item;

import java.util.List;

/**
 * What the uploader says about a file, as sent (form fields or JSON), before the rules check it. In an
 * update a null field keeps its value.
 *
 * @param year        the plan year; defaults to the effective date's year
 * @param planRows    row ids of the unit's plan for {@code year}
 * @param lkeQuestions LKE pengungkit question or sub-area ids, e.g. {@code A.I.1.i.a}
 */
public record EvidenceDraft(String kind, String title, String description, String effectiveDate, Integer year, List<String> planRows,
        List<String> lkeQuestions) {
}
