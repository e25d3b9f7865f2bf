package id.zi.survey.survey;

import id.zi.survey.index.ScalePolicy;
import id.zi.survey.index.WeightPolicy;
import id.zi.survey.period.Periodicity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A unit's survey of one service type with one instrument: its instrument versions, the public link that
 * answers it, the populations the unit entered per period (for the minimum sample) and its improvement
 * plans per period.
 *
 * @param weightPolicy the SKM's weight policy; null for SPAK/SPKP
 * @param scalePolicy  how SPAK/SPKP stars become the 4-point index; null for the SKM
 * @param publicId     the unguessable id of the current public link; a revoked one answers 410
 * @param populations  service users per period key ({@code 2026-Q1}), entered by the unit
 * @param followUps    improvement plan per period key
 * @param version      optimistic-concurrency version, the ETag
 */
public record Survey(String id, String unitId, String orgPath, Instrument instrument, ServiceType serviceType, String title,
        Periodicity periodicity, @Nullable WeightPolicy weightPolicy, @Nullable ScalePolicy scalePolicy, String publicId,
        List<InstrumentVersion> versions, Map<String, Long> populations, Map<String, FollowUp> followUps, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy, long version) {

    public Survey {
        versions = List.copyOf(versions);
        populations = populations == null ? Map.of() : Map.copyOf(populations);
        followUps = followUps == null ? Map.of() : Map.copyOf(followUps);
    }

    public InstrumentVersion current() {
        return versions.getLast();
    }

    public Optional<InstrumentVersion> version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }

    public Optional<Long> population(String periodKey) {
        return Optional.ofNullable(populations.get(periodKey));
    }

    public Optional<FollowUp> followUp(String periodKey) {
        return Optional.ofNullable(followUps.get(periodKey));
    }

    Survey withPopulation(String periodKey, long population, Instant at, String by) {
        Map<String, Long> next = new LinkedHashMap<>(populations);
        next.put(periodKey, population);
        return new Survey(id, unitId, orgPath, instrument, serviceType, title, periodicity, weightPolicy, scalePolicy, publicId, versions,
                next, followUps, createdAt, createdBy, at, by, version + 1);
    }

    Survey withFollowUp(String periodKey, FollowUp plan) {
        Map<String, FollowUp> next = new LinkedHashMap<>(followUps);
        next.put(periodKey, plan);
        return new Survey(id, unitId, orgPath, instrument, serviceType, title, periodicity, weightPolicy, scalePolicy, publicId, versions,
                populations, next, createdAt, createdBy, plan.updatedAt(), plan.updatedBy(), version + 1);
    }

    Survey withPublicId(String newPublicId, Instant at, String by) {
        return new Survey(id, unitId, orgPath, instrument, serviceType, title, periodicity, weightPolicy, scalePolicy, newPublicId, versions,
                populations, followUps, createdAt, createdBy, at, by, version + 1);
    }
}
