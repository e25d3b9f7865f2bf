package id.zi.survey.index;

/** A value given for one element or item, named by its code: an NRR of an SKM element, a mean of a SPAK/SPKP item. */
public record CodedValue(String code, double value) {
}
