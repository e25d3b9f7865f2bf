package id.zi.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Records built from the example messages of zi-contracts, intact and broken in the ways a publisher could. */
class EventContractsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CREATED = "planning.orgunit.created.v1.json";

    @ParameterizedTest
    @ValueSource(strings = {"planning.orgunit.created.v1.json", "planning.orgunit.renamed.v1.json",
            "planning.orgunit.moved.v1.json"})
    void examplesOfTheContractsPass(String example) {
        ConsumerRecord<String, byte[]> record = record(example, message -> { });

        assertThatCode(() -> EventContracts.assertValid(record)).doesNotThrowAnyException();
    }

    @Test
    void missingAndMalformedHeadersAreNamed() {
        ConsumerRecord<String, byte[]> record = record(CREATED, message -> {
            headers(message).remove("ce_id");
            headers(message).put("ce_sequence", "0");
            headers(message).put("ce_time", "yesterday");
        });

        assertThatThrownBy(() -> EventContracts.assertValid(record))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("breaks its contract")
                .hasMessageContaining("header ce_id: required property 'ce_id' not found")
                .hasMessageContaining("header ce_sequence: does not match the regex pattern")
                .hasMessageContaining("header ce_time: does not match the date-time pattern");
    }

    @Test
    void payloadViolationsNameTheField() {
        ConsumerRecord<String, byte[]> record = record(CREATED, message -> {
            ((ObjectNode) message.get("payload")).put("kind", "DISTRICT");
            ((ObjectNode) message.get("payload")).remove("ancestors");
        });

        assertThatThrownBy(() -> EventContracts.assertValid(record))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("payload /kind: does not have a value in the enumeration")
                .hasMessageContaining("payload /ancestors: required property 'ancestors' not found");
    }

    @Test
    void dataSchemaMustBeTheSchemaOfTheType() {
        ConsumerRecord<String, byte[]> record = record(CREATED, message ->
                headers(message).put("ce_dataschema", "https://zi.id/schemas/planning.orgunit.renamed.v1.json"));

        assertThatThrownBy(() -> EventContracts.assertValid(record))
                .hasMessageContaining("header ce_dataschema: https://zi.id/schemas/planning.orgunit.renamed.v1.json "
                        + "is not the schema of id.zi.planning.orgunit.created.v1");
    }

    @Test
    void dataSchemaMustExist() {
        ConsumerRecord<String, byte[]> record = record(CREATED, message -> {
            headers(message).put("ce_type", "id.zi.planning.orgunit.merged.v1");
            headers(message).put("ce_dataschema", "https://zi.id/schemas/planning.orgunit.merged.v1.json");
        });

        assertThatThrownBy(() -> EventContracts.assertValid(record))
                .hasMessageContaining("names no schema in zi-contracts")
                .hasMessageContaining("no schema schemas/planning.orgunit.merged.v1.json");
    }

    @Test
    void keyTenantAndOrgPathMustAgree() {
        ConsumerRecord<String, byte[]> record = record(CREATED, message -> {
            message.put("key", "33.75.dpmptsp");
            headers(message).put("ce_orgpath", "/id/33/33.75/33.75.dpmptsp");
        });

        assertThatThrownBy(() -> EventContracts.assertValid(record))
                .hasMessageContaining("key: 33.75.dpmptsp differs from header ce_tenantid 33.71.dpmptsp")
                .hasMessageContaining("header ce_orgpath: /id/33/33.75/33.75.dpmptsp is not the path of unit 33.71.dpmptsp");
    }

    @Test
    void sourceTypeAndTopicMustBelongToOneService() {
        ConsumerRecord<String, byte[]> record = record(CREATED, message -> {
            headers(message).put("ce_source", "/zi/evidence");
            message.put("topic", "zi.evidence.evidence.v1");
        });

        assertThatThrownBy(() -> EventContracts.assertValid(record))
                .hasMessageContaining("is not an event of ce_source /zi/evidence")
                .hasMessageContaining("topic zi.evidence.evidence.v1: carries id.zi.planning.orgunit.created.v1");
    }

    @Test
    void payloadAloneIsCheckedAgainstTheSchemaOfItsType() {
        byte[] valid = payload(CREATED);

        assertThatCode(() -> EventContracts.assertValid("id.zi.planning.orgunit.created.v1", valid))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> EventContracts.assertValid("id.zi.planning.orgunit.renamed.v1", valid))
                .hasMessageContaining("'oldName'");
        assertThatThrownBy(() -> EventContracts.assertValid("id.zi.planning.orgunit.created.v1",
                "{\"unitId\":".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("payload: not JSON");
        assertThatThrownBy(() -> EventContracts.assertValid("zi.planning.orgunit.created.v1", valid))
                .hasMessageContaining("does not start with id.zi.");
    }

    private static ObjectNode headers(ObjectNode message) {
        return (ObjectNode) message.get("headers");
    }

    private static byte[] payload(String example) {
        return JSON.writeValueAsBytes(example(example).get("payload"));
    }

    private static ObjectNode example(String name) {
        try (InputStream in = EventContractsTest.class.getClassLoader().getResourceAsStream("examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("examples/" + name + " not found in zi-contracts");
            }
            return (ObjectNode) JSON.readTree(in);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The example as Kafka delivers it, after {@code change} played the publisher's mistake. */
    private static ConsumerRecord<String, byte[]> record(String example, Consumer<ObjectNode> change) {
        ObjectNode message = example(example);
        change.accept(message);
        RecordHeaders headers = new RecordHeaders();
        message.get("headers").forEachEntry((name, value) ->
                headers.add(name, value.asString().getBytes(StandardCharsets.UTF_8)));
        JsonNode payload = message.get("payload");
        return new ConsumerRecord<>(message.get("topic").asString(), 0, 42L, 0L, TimestampType.CREATE_TIME, -1, -1,
                message.get("key").asString(), JSON.writeValueAsBytes(payload), headers, Optional.empty());
    }
}
