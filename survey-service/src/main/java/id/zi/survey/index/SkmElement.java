package id.zi.survey.index;

/**
 * One element (unsur) of an SKM instrument, keyed by its code: the regulation's own questionnaire asks
 * U8 and U9 in the other order, so position never identifies an element.
 *
 * @param weight its share of the index; the weights of an instrument sum to 1
 */
public record SkmElement(String code, String name, double weight) {
}
