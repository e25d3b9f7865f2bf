package id.zi.survey.survey.web;

import id.zi.survey.survey.FollowUp;
import id.zi.survey.survey.InstrumentVersion;
import id.zi.survey.survey.ServiceType;
import id.zi.survey.survey.Survey;
import id.zi.survey.survey.SurveyElement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A survey as its unit and evaluators read it: settings, the current instrument version with its wording,
 * the earlier versions, the public link and its URL, populations and improvement plans per period.
 */
record SurveyView(String id, String unitId, String unitName, String orgPath, String instrument, ServiceType serviceType, String title,
        String periodicity, @Nullable String weightPolicy, @Nullable String scalePolicy, int instrumentVersion, int highestAnswer,
        List<SurveyElement> elements, List<VersionSummary> versions, String publicId, String publicUrl, Map<String, Long> populations,
        Map<String, FollowUp> followUps, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {

    record VersionSummary(int version, Instant since, List<String> codes, int highestAnswer) {
    }

    static SurveyView of(Survey survey, String unitName, String publicBaseUrl) {
        InstrumentVersion current = survey.current();
        return new SurveyView(survey.id(), survey.unitId(), unitName, survey.orgPath(), survey.instrument().name(), survey.serviceType(),
                survey.title(), survey.periodicity().name(), survey.weightPolicy() == null ? null : survey.weightPolicy().name(),
                survey.scalePolicy() == null ? null : survey.scalePolicy().name(), current.version(), current.highestAnswer(),
                current.elements(), survey.versions().stream().map(v -> new VersionSummary(v.version(), v.since(), v.codes(), v.highestAnswer()))
                        .toList(),
                survey.publicId(), publicUrl(publicBaseUrl, survey.publicId()), survey.populations(), survey.followUps(), survey.createdAt(),
                survey.createdBy(), survey.updatedAt(), survey.updatedBy(), survey.version());
    }

    /** Where the QR code leads: the portal's page for the form, {@code <base>/s/<publicId>}. */
    static String publicUrl(String base, String publicId) {
        return base.replaceAll("/+$", "") + "/s/" + publicId;
    }

    /** Keeps the list endpoint's elements short: codes only. */
    SurveyView summary() {
        return new SurveyView(id, unitId, unitName, orgPath, instrument, serviceType, title, periodicity, weightPolicy, scalePolicy,
                instrumentVersion, highestAnswer, List.of(), versions, publicId, publicUrl, populations, Map.of(), createdAt, createdBy, updatedAt,
                updatedBy, version);
    }
}
