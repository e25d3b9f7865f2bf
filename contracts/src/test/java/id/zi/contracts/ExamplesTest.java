package id.zi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every example message (record key, headers and payload) is what its schema and the AsyncAPI trait demand. */
class ExamplesTest {

    /** The subject is the aggregate: the unit itself for the org directory, the plan, the evidence item, the survey response or result. */
    private static final Map<String, String> AGGREGATE_ID_FIELDS = Map.of("orgunit", "unitId", "plan", "planId",
            "evidence", "evidenceId", "monev", "monevId", "assessment", "assessmentId",
            "response", "responseId", "result", "resultId");

    static Stream<Path> examples() {
        return ContractFiles.jsonFiles(ContractFiles.examplesDir()).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void payloadValidatesAgainstItsSchema(Path example) {
        JsonNode message = ContractFiles.readJson(example);
        String ceType = message.path("headers").path("ce_type").asString();

        List<Error> errors = ContractFiles.schema(ContractFiles.schemaFileOf(ceType)).validate(message.get("payload"));

        assertThat(errors).as("payload of %s against the schema of %s", example.getFileName(), ceType).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void headersFollowTheCloudEventsTrait(Path example) {
        JsonNode message = ContractFiles.readJson(example);
        JsonNode headersSchema = ContractFiles.readYaml(ContractFiles.asyncApi())
                .at("/components/messageTraits/cloudEventsKafkaBinary/headers");
        Schema schema = ContractFiles.schema(headersSchema);

        assertThat(schema.validate(message.get("headers"))).as("headers of %s", example.getFileName()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void headersAgreeWithFileKeyAndPayload(Path example) {
        JsonNode message = ContractFiles.readJson(example);
        JsonNode headers = message.get("headers");
        String fileName = example.getFileName().toString();

        assertThat(ContractFiles.schemaFileOf(headers.get("ce_type").asString())).isEqualTo(fileName);
        assertThat(headers.get("ce_dataschema").asString()).isEqualTo(ContractFiles.SCHEMA_BASE_URI + fileName);
        assertThat(message.get("key").asString()).isEqualTo(headers.get("ce_tenantid").asString());
        JsonNode payload = message.get("payload");
        String aggregate = headers.get("ce_type").asString().split("\\.")[3];
        assertThat(AGGREGATE_ID_FIELDS).as("the payload field naming the aggregate of %s", aggregate).containsKey(aggregate);
        assertThat(headers.get("ce_subject").asString()).isEqualTo(payload.path(AGGREGATE_ID_FIELDS.get(aggregate)).asString());
        assertThat(payload.get("unitId").asString()).isEqualTo(message.get("key").asString());
        assertThat(headers.get("ce_time").asString()).isEqualTo(message.at("/payload/occurredAt").asString());
    }

    @Test
    void everySchemaHasAnExample() {
        List<String> schemas = fileNames(ContractFiles.jsonFiles(ContractFiles.schemasDir()));
        List<String> examples = fileNames(ContractFiles.jsonFiles(ContractFiles.examplesDir()));

        assertThat(examples).containsExactlyElementsOf(schemas);
    }

    @Test
    void anInvalidPayloadIsReported() {
        JsonNode message = ContractFiles.readJson(ContractFiles.examplesDir().resolve("planning.orgunit.created.v1.json"));
        JsonNode broken = message.get("payload").deepCopy();
        ((ObjectNode) broken).put("kind", "DISTRICT").remove("path");

        List<Error> errors = ContractFiles.schema("planning.orgunit.created.v1.json").validate(broken);

        assertThat(errors).extracting(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .anySatisfy(text -> assertThat(text).contains("kind").contains("enumeration"))
                .anySatisfy(text -> assertThat(text).contains("'path'").contains("required"));
    }

    private static List<String> fileNames(List<Path> files) {
        return files.stream().map(file -> file.getFileName().toString()).toList();
    }
}
