package id.zi.survey.survey;

import java.util.List;

/**
 * One question of an instrument version, keyed by its code: an SKM element (unsur) with its weight, its
 * question and the labels of answers 1–4, or a SPAK/SPKP statement answered with stars (no labels).
 */
public record SurveyElement(String code, String name, double weight, String question, List<String> labels) {

    public SurveyElement {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
