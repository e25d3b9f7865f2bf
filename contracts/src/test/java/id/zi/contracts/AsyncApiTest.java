package id.zi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The AsyncAPI document and the schema files describe the same events, under the naming rules of CONVENTIONS.md. */
class AsyncApiTest {

    private final JsonNode asyncApi = ContractFiles.readYaml(ContractFiles.asyncApi());

    @Test
    void isAnAsyncApi3Document() {
        assertThat(asyncApi.path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(asyncApi.path("channels").isObject()).isTrue();
    }

    @Test
    void everyMessagePayloadReferencesAnExistingSchemaNamedAfterItsType() {
        List<String> problems = new ArrayList<>();
        asyncApi.path("components").path("messages").forEachEntry((id, message) -> {
            String ceType = message.path("name").asString();
            String ref = message.at("/payload/$ref").asString();
            Path target = ContractFiles.asyncApi().resolveSibling(ref).normalize();
            if (!Files.isRegularFile(target)) {
                problems.add(id + ": payload $ref " + ref + " is not a file");
            }
            else if (!target.getFileName().toString().equals(ContractFiles.schemaFileOf(ceType))) {
                problems.add(id + ": type " + ceType + " but payload " + ref);
            }
        });

        assertThat(problems).isEmpty();
        assertThat(asyncApi.path("components").path("messages").propertyNames()).isNotEmpty();
    }

    @Test
    void everySchemaIsAMessage() {
        List<String> referenced = new ArrayList<>();
        asyncApi.path("components").path("messages")
                .forEachEntry((id, message) -> referenced.add(Path.of(message.at("/payload/$ref").asString())
                        .getFileName().toString()));

        assertThat(ContractFiles.jsonFiles(ContractFiles.schemasDir()))
                .extracting(file -> file.getFileName().toString())
                .allSatisfy(file -> assertThat(referenced).contains(file));
    }

    @Test
    void channelsTopicsAndMessagesFollowTheNamingRules() {
        List<String> problems = new ArrayList<>();
        asyncApi.path("channels").forEachEntry((id, channel) -> {
            String topic = channel.path("address").asString();
            if (!topic.matches("zi\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+")) {
                problems.add(id + ": address " + topic + " is not zi.<service>.<aggregate>.v<n>");
            }
            String service = topic.split("\\.")[1];
            channel.path("messages").forEachEntry((name, ref) -> {
                JsonNode message = asyncApi.at(ref.path("$ref").asString().substring(1));
                if (message.isMissingNode()) {
                    problems.add(id + "." + name + ": $ref " + ref.path("$ref").asString() + " points nowhere");
                }
                else if (!message.path("name").asString().startsWith("id.zi." + service + ".")) {
                    problems.add(id + "." + name + ": type " + message.path("name").asString()
                            + " is not published by " + service);
                }
            });
        });

        assertThat(problems).isEmpty();
    }

    @Test
    void everySchemaDeclaresItsPublishedIdAndDraft() {
        assertThat(ContractFiles.jsonFiles(ContractFiles.schemasDir())).allSatisfy(file -> {
            JsonNode schema = ContractFiles.readJson(file);
            assertThat(schema.path("$id").asString())
                    .isEqualTo(ContractFiles.SCHEMA_BASE_URI + file.getFileName());
            assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        });
    }
}
