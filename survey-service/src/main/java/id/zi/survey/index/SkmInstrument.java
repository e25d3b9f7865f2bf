package id.zi.survey.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The elements an SKM asks, with their weights: the nine of PermenPANRB 14/2017 at 1/9 each, or a unit's
 * adaptation. The regulation lets a unit add relevant elements and weigh them differently as long as the
 * weights sum to 1; a unit with free services may replace U4, one with online services U6 and U7. The
 * other six elements stay, under their regulation names, so results remain comparable across units.
 */
public record SkmInstrument(List<SkmElement> elements) {

    /** Weights typed by hand to six decimals (1/9 as 0.111111, nine of them 0.999999) still count as summing to 1. */
    static final double WEIGHT_TOLERANCE = 1e-5;

    private static final Map<String, String> REGULATION_ELEMENTS = regulationElements();
    private static final List<String> NEVER_REPLACED = List.of("U1", "U2", "U3", "U5", "U8", "U9");
    private static final SkmInstrument PERMENPANRB_14_2017 = equallyWeighted(REGULATION_ELEMENTS);

    /** An element as a unit defines it; a regulation code may omit its name, and weights are all given or all omitted (equal). */
    public record Definition(String code, @Nullable String name, @Nullable Double weight) {
    }

    public SkmInstrument {
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new InvalidSurveyInput("adaptedElements", "an instrument has at least one element");
        }
        Set<String> codes = new HashSet<>();
        double sum = 0;
        for (int i = 0; i < elements.size(); i++) {
            SkmElement element = elements.get(i);
            String field = "adaptedElements[" + i + "]";
            if (element.code().isBlank()) {
                throw new InvalidSurveyInput(field + ".code", "an element needs a code");
            }
            if (!codes.add(element.code())) {
                throw new InvalidSurveyInput(field + ".code", element.code() + " appears twice");
            }
            if (element.name().isBlank()) {
                throw new InvalidSurveyInput(field + ".name", "an element needs a name");
            }
            String regulationName = REGULATION_ELEMENTS.get(element.code());
            if (regulationName != null && !regulationName.equalsIgnoreCase(element.name().strip())) {
                throw new InvalidSurveyInput(field + ".name", element.code() + " is " + regulationName
                        + " in PermenPANRB 14/2017; give a new element a code of its own");
            }
            if (!(element.weight() > 0) || !Double.isFinite(element.weight())) {
                throw new InvalidSurveyInput(field + ".weight", "a weight is a positive share of 1, not " + element.weight());
            }
            sum += element.weight();
        }
        if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
            throw new InvalidSurveyInput("adaptedElements", "the weights sum to " + sum + "; they must sum to 1");
        }
        for (String kept : NEVER_REPLACED) {
            if (!codes.contains(kept)) {
                throw new InvalidSurveyInput("adaptedElements", kept + " (" + REGULATION_ELEMENTS.get(kept)
                        + ") is missing: only U4, or U6 and U7, may be replaced");
            }
        }
    }

    /** The nine elements of PermenPANRB 14/2017, each weighing exactly 1/9. */
    public static SkmInstrument permenpanrb14of2017() {
        return PERMENPANRB_14_2017;
    }

    public static SkmInstrument adapted(List<Definition> definitions) {
        if (definitions.isEmpty()) {
            throw new InvalidSurveyInput("adaptedElements", "an instrument has at least one element");
        }
        long weighted = definitions.stream().filter(definition -> definition.weight() != null).count();
        if (weighted != 0 && weighted != definitions.size()) {
            int first = 0;
            while (definitions.get(first).weight() != null) {
                first++;
            }
            throw new InvalidSurveyInput("adaptedElements[" + first + "].weight", "give every element a weight, or none for equal weights");
        }
        List<SkmElement> elements = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            Definition definition = definitions.get(i);
            String name = definition.name() != null ? definition.name() : REGULATION_ELEMENTS.get(definition.code());
            if (name == null) {
                throw new InvalidSurveyInput("adaptedElements[" + i + "].name", definition.code() + " is not in the regulation: name it");
            }
            Double weight = definition.weight();
            elements.add(new SkmElement(definition.code(), name, weight != null ? weight : 1.0 / definitions.size()));
        }
        return new SkmInstrument(elements);
    }

    public Optional<SkmElement> element(String code) {
        return elements.stream().filter(element -> element.code().equals(code)).findFirst();
    }

    public List<String> codes() {
        return elements.stream().map(SkmElement::code).toList();
    }

    /** Whether every element weighs the same, the case the regulation's printed weight 0,11 stands for. */
    public boolean equallyWeighted() {
        double lightest = elements.stream().mapToDouble(SkmElement::weight).min().orElseThrow();
        double heaviest = elements.stream().mapToDouble(SkmElement::weight).max().orElseThrow();
        return heaviest - lightest < 1e-12;
    }

    private static SkmInstrument equallyWeighted(Map<String, String> names) {
        return new SkmInstrument(names.entrySet().stream()
                .map(element -> new SkmElement(element.getKey(), element.getValue(), 1.0 / names.size()))
                .toList());
    }

    private static Map<String, String> regulationElements() {
        Map<String, String> elements = new LinkedHashMap<>();
        elements.put("U1", "Persyaratan");
        elements.put("U2", "Sistem, Mekanisme, dan Prosedur");
        elements.put("U3", "Waktu Penyelesaian");
        elements.put("U4", "Biaya/Tarif");
        elements.put("U5", "Produk Spesifikasi Jenis Pelayanan");
        elements.put("U6", "Kompetensi Pelaksana");
        elements.put("U7", "Perilaku Pelaksana");
        elements.put("U8", "Penanganan Pengaduan, Saran dan Masukan");
        elements.put("U9", "Sarana dan prasarana");
        return elements;
    }
}
