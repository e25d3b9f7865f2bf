package id.zi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The compatibility rules on small schemas, so that the baseline check is known to catch each kind of break. */
class SchemaCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String BASELINE = """
            {"type": "object",
             "properties": {
               "unitId": {"$ref": "#/$defs/unitId"},
               "kind": {"type": "string", "enum": ["UNIT", "INSPECTORATE"]},
               "score": {"type": "number"},
               "ancestors": {"type": "array", "items": {"$ref": "#/$defs/unitId"}}
             },
             "required": ["unitId"],
             "$defs": {"unitId": {"type": "string"}}}
            """;

    @Test
    void identicalSchemaIsCompatible() {
        assertThat(changes(BASELINE)).isEmpty();
    }

    @Test
    void addingAnOptionalPropertyIsCompatible() {
        assertThat(changes(BASELINE.replace("\"score\": {\"type\": \"number\"},",
                "\"score\": {\"type\": \"number\"}, \"note\": {\"type\": \"string\"},"))).isEmpty();
    }

    @Test
    void addingAnEnumValueIsCompatibleForTheSchema() {
        assertThat(changes(BASELINE.replace("[\"UNIT\", \"INSPECTORATE\"]", "[\"UNIT\", \"INSPECTORATE\", \"CITY\"]")))
                .isEmpty();
    }

    @Test
    void removingAPropertyBreaks() {
        assertThat(changes(BASELINE.replace("\"score\": {\"type\": \"number\"},", "")))
                .containsExactly("$.score: property removed");
    }

    @Test
    void requiringAnExistingPropertyBreaks() {
        assertThat(changes(BASELINE.replace("\"required\": [\"unitId\"]", "\"required\": [\"unitId\", \"score\"]")))
                .containsExactly("$.score: optional property became required");
    }

    @Test
    void addingARequiredPropertyBreaks() {
        assertThat(changes(BASELINE
                .replace("\"score\": {\"type\": \"number\"},", "\"score\": {\"type\": \"number\"}, \"year\": {\"type\": \"integer\"},")
                .replace("\"required\": [\"unitId\"]", "\"required\": [\"unitId\", \"year\"]")))
                .containsExactly("$.year: new property is required");
    }

    @Test
    void changingATypeBreaks() {
        assertThat(changes(BASELINE.replace("\"score\": {\"type\": \"number\"}", "\"score\": {\"type\": \"string\"}")))
                .containsExactly("$.score: type changed from [number] to [string]");
    }

    @Test
    void makingATypeNullableBreaks() {
        assertThat(changes(BASELINE.replace("\"score\": {\"type\": \"number\"}",
                "\"score\": {\"type\": [\"number\", \"null\"]}")))
                .containsExactly("$.score: type changed from [number] to [number, null]");
    }

    @Test
    void changingATypeBehindARefBreaksEveryUse() {
        assertThat(changes(BASELINE.replace("\"unitId\": {\"type\": \"string\"}", "\"unitId\": {\"type\": \"integer\"}")))
                .containsExactly("$.unitId: type changed from [string] to [integer]",
                        "$.ancestors[]: type changed from [string] to [integer]");
    }

    @Test
    void droppingAnEnumValueBreaks() {
        assertThat(changes(BASELINE.replace("[\"UNIT\", \"INSPECTORATE\"]", "[\"UNIT\"]")))
                .containsExactly("$.kind: enum value INSPECTORATE removed");
    }

    private static List<String> changes(String current) {
        JsonNode baseline = JSON.readTree(BASELINE);
        return SchemaCompatibility.breakingChanges(baseline, JSON.readTree(current));
    }
}
