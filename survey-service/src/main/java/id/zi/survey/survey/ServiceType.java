package id.zi.survey.survey;

/**
 * The jenis layanan a survey asks about, e.g. {@code PB-UMKU} "Perizinan Berusaha": a unit runs one survey
 * per service type, as PermenPANRB 14/2017 and the SE ask for every service a unit provides.
 */
public record ServiceType(String code, String name) {
}
