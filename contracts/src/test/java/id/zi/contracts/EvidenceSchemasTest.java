package id.zi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The evidence events share one payload whose optional fields depend on the event; these prove each schema
 * demands and refuses the right ones, and that the examples agree with themselves where a schema cannot say
 * it (the object key, the plan id and the quarter are derived from other fields).
 */
class EvidenceSchemasTest {

    static Stream<Path> evidenceExamples() {
        return ContractFiles.jsonFiles(ContractFiles.examplesDir()).stream()
                .filter(file -> file.getFileName().toString().startsWith("evidence.evidence."));
    }

    @Test
    void everyEvidenceEventHasAnExample() {
        assertThat(evidenceExamples().map(file -> file.getFileName().toString()))
                .containsExactlyInAnyOrder("evidence.evidence.uploaded.v1.json", "evidence.evidence.revised.v1.json",
                        "evidence.evidence.updated.v1.json", "evidence.evidence.reviewed.v1.json",
                        "evidence.evidence.deleted.v1.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evidenceExamples")
    void examplesDeriveKeyPlanAndQuarterFromTheirFields(Path example) {
        JsonNode payload = ContractFiles.readJson(example).get("payload");
        String unitId = payload.get("unitId").asString();
        int year = payload.get("year").asInt();
        JsonNode object = payload.get("object");
        LocalDate effective = LocalDate.parse(payload.get("effectiveDate").asString());

        assertThat(object.get("key").asString()).isEqualTo(unitId + "/" + year + "/" + payload.get("evidenceId").asString()
                + "/" + object.get("version").asInt());
        assertThat(payload.get("planId").asString()).isEqualTo(unitId + ":" + year);
        assertThat(payload.get("quarter").asInt()).isEqualTo(effective.getYear() < year ? 1 : (effective.getMonthValue() - 1) / 3 + 1);
        assertThat(payload.get("orgPath").asString()).endsWith("/" + unitId);
        List<String> ancestors = new ArrayList<>();
        payload.get("ancestors").forEach(id -> ancestors.add(id.asString()));
        assertThat(payload.get("orgPath").asString()).isEqualTo("/" + String.join("/", ancestors) + "/" + unitId);
        assertThat(object.get("version").asInt()).isLessThanOrEqualTo(payload.get("versionCount").asInt());
    }

    @Test
    void aRejectionOrRequestForChangesWithoutReasonIsRefused() {
        for (String decision : List.of("REJECTED", "CHANGES_REQUESTED")) {
            assertThat(errors("reviewed", payload -> payload.put("reviewState", decision).remove("reason")))
                    .as(decision).anySatisfy(text -> assertThat(text).contains("reason").contains("required"));
        }
    }

    @Test
    void anAcceptanceNeedsNoReasonButMayCarryOne() {
        assertThat(errors("reviewed", payload -> payload.put("reviewState", "ACCEPTED").remove("reason"))).isEmpty();
        assertThat(errors("reviewed", payload -> payload.put("reviewState", "ACCEPTED"))).isEmpty();
    }

    @Test
    void aReviewNamesItsVersionAndThePreviousStateAndDecides() {
        assertThat(errors("reviewed", payload -> payload.remove("reviewedVersion")))
                .anySatisfy(text -> assertThat(text).contains("reviewedVersion").contains("required"));
        assertThat(errors("reviewed", payload -> payload.remove("previousReviewState")))
                .anySatisfy(text -> assertThat(text).contains("previousReviewState").contains("required"));
        assertThat(errors("reviewed", payload -> payload.put("reviewState", "PENDING")))
                .anySatisfy(text -> assertThat(text).contains("reviewState").contains("enumeration"));
    }

    @Test
    void aRevisionNamesThePreviousVersionAndStartsPending() {
        assertThat(errors("revised", payload -> payload.remove("previousVersion")))
                .anySatisfy(text -> assertThat(text).contains("previousVersion").contains("required"));
        assertThat(errors("revised", payload -> payload.remove("previousReviewState"))).isEmpty();
        assertThat(errors("revised", payload -> payload.put("reviewState", "ACCEPTED")))
                .anySatisfy(text -> assertThat(text).contains("reviewState"));
        assertThat(errors("revised", payload -> payload.put("versionCount", 1)))
                .anySatisfy(text -> assertThat(text).contains("versionCount"));
    }

    @Test
    void anUploadIsVersionOneAndPendingWithoutReviewFields() {
        assertThat(errors("uploaded", payload -> ((ObjectNode) payload.get("object")).put("version", 2)))
                .anySatisfy(text -> assertThat(text).contains("/object/version"));
        assertThat(errors("uploaded", payload -> payload.put("reviewState", "ACCEPTED")))
                .anySatisfy(text -> assertThat(text).contains("reviewState"));
        assertThat(errors("uploaded", payload -> payload.put("reviewedVersion", 1)))
                .anySatisfy(text -> assertThat(text).contains("reviewedVersion"));
        assertThat(errors("uploaded", payload -> payload.put("previousVersion", 1)))
                .anySatisfy(text -> assertThat(text).contains("previousVersion"));
    }

    @Test
    void anUpdateThatResetsTheReviewLeavesItPending() {
        assertThat(errors("updated", payload -> payload.put("reviewState", "ACCEPTED")))
                .anySatisfy(text -> assertThat(text).contains("reviewState"));
        assertThat(errors("updated", payload -> payload.put("reviewState", "ACCEPTED").remove("previousReviewState")))
                .isEmpty();
        assertThat(errors("updated", payload -> payload.put("previousReviewState", "PENDING")))
                .anySatisfy(text -> assertThat(text).contains("previousReviewState"));
    }

    @Test
    void acceptedEvidenceIsNeverDeleted() {
        assertThat(errors("deleted", payload -> payload.put("reviewState", "ACCEPTED")))
                .anySatisfy(text -> assertThat(text).contains("reviewState").contains("enumeration"));
    }

    @Test
    void theObjectReferenceIsComplete() {
        assertThat(errors("deleted", payload -> ((ObjectNode) payload.get("object")).put("sha256", "ABC")))
                .anySatisfy(text -> assertThat(text).contains("/object/sha256"));
        assertThat(errors("deleted", payload -> ((ObjectNode) payload.get("object")).put("size", 0)))
                .anySatisfy(text -> assertThat(text).contains("/object/size"));
        assertThat(errors("deleted", payload -> ((ObjectNode) payload.get("object")).remove("bucket")))
                .anySatisfy(text -> assertThat(text).contains("bucket").contains("required"));
        assertThat(errors("deleted", payload -> ((ObjectNode) payload.get("object")).put("bytes", "JVBERi0=")))
                .anySatisfy(text -> assertThat(text).contains("bytes"));
    }

    /** The errors of the event's example payload after {@code change}, as "location: message". */
    private static List<String> errors(String event, Consumer<ObjectNode> change) {
        String file = "evidence.evidence." + event + ".v1.json";
        ObjectNode payload = (ObjectNode) ContractFiles.readJson(ContractFiles.examplesDir().resolve(file)).get("payload").deepCopy();
        change.accept(payload);
        List<Error> errors = ContractFiles.schema(file).validate(payload);
        return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }
}
