package id.zi.testkit.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Assertions that an event keeps its published contract. The schemas and the CloudEvents header rules come from
 * the {@code zi-contracts} jar on the class path ({@code schemas/*.json} and the {@code cloudEventsKafkaBinary}
 * trait of {@code asyncapi.yaml}), so a service's test checks exactly what outside consumers were promised.
 *
 * <p>A failure lists every violation, each naming the header or the payload field at fault.
 */
public final class EventContracts {

    /** Where the schemas are published; {@code ce_dataschema} is this plus the file name. */
    public static final String SCHEMA_BASE_URI = "https://zi.id/schemas/";

    private static final String CE_TYPE_PREFIX = "id.zi.";
    private static final Pattern CE_TYPE = Pattern.compile("id\\.zi\\.([a-z-]+)\\.[a-z.-]+\\.v[0-9]+");
    private static final Pattern CE_SOURCE = Pattern.compile("/zi/([a-z-]+)");
    private static final Pattern TOPIC = Pattern.compile("zi\\.([a-z-]+)\\.[a-z-]+\\.v[0-9]+");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE_URI, "classpath:schemas/")));

    private EventContracts() {
    }

    /**
     * Fails unless {@code payload} is JSON valid against the schema of {@code ceType}
     * ({@code id.zi.planning.orgunit.created.v1} &rarr; {@code schemas/planning.orgunit.created.v1.json}).
     */
    public static void assertValid(String ceType, byte[] payload) {
        List<String> violations = new ArrayList<>();
        checkPayload(ceType, payload, violations);
        failIfAny("Event of type " + ceType, violations);
    }

    /**
     * Fails unless the record carries the CloudEvents headers of the contract (present, well-formed, consistent
     * with each other, the topic and the key), names an existing schema in {@code ce_dataschema}, and its value is
     * valid against that schema.
     */
    public static void assertValid(ConsumerRecord<?, byte[]> record) {
        List<String> violations = new ArrayList<>();
        JsonNode headers = headersOf(record);
        for (Error error : HeaderRules.SCHEMA.validate(headers)) {
            violations.add("header " + location(error).substring(1) + ": " + error.getMessage());
        }

        String ceType = text(headers, "ce_type");
        String ceSource = text(headers, "ce_source");
        String tenant = text(headers, "ce_tenantid");
        String orgPath = text(headers, "ce_orgpath");
        String dataSchema = text(headers, "ce_dataschema");

        String typeService = group(CE_TYPE, ceType);
        String sourceService = group(CE_SOURCE, ceSource);
        if (typeService != null && sourceService != null && !typeService.equals(sourceService)) {
            violations.add("header ce_type: " + ceType + " is not an event of ce_source " + ceSource);
        }
        String topicService = group(TOPIC, record.topic());
        if (topicService == null) {
            violations.add("topic " + record.topic() + ": not of the form zi.<service>.<aggregate>.v<n>");
        }
        else if (typeService != null && !topicService.equals(typeService)) {
            violations.add("topic " + record.topic() + ": carries " + ceType + " of another service");
        }
        if (ceType != null && dataSchema != null && ceType.startsWith(CE_TYPE_PREFIX)
                && !dataSchema.equals(SCHEMA_BASE_URI + schemaFileOf(ceType))) {
            violations.add("header ce_dataschema: " + dataSchema + " is not the schema of " + ceType + " ("
                    + SCHEMA_BASE_URI + schemaFileOf(ceType) + ")");
        }
        if (dataSchema != null && dataSchema.startsWith(SCHEMA_BASE_URI)
                && !schemaExists(dataSchema.substring(SCHEMA_BASE_URI.length()))) {
            violations.add("header ce_dataschema: " + dataSchema + " names no schema in zi-contracts");
        }
        String key = keyOf(record.key());
        if (tenant != null && !tenant.equals(key)) {
            violations.add("key: " + key + " differs from header ce_tenantid " + tenant);
        }
        if (tenant != null && orgPath != null && !orgPath.endsWith("/" + tenant)) {
            violations.add("header ce_orgpath: " + orgPath + " is not the path of unit " + tenant);
        }
        if (record.value() == null) {
            violations.add("value: missing (a tombstone is not an event)");
        }
        else if (ceType != null && ceType.startsWith(CE_TYPE_PREFIX)) {
            checkPayload(ceType, record.value(), violations);
        }
        failIfAny("Event " + ceType + " on " + record.topic() + " (partition " + record.partition() + ", offset "
                + record.offset() + ")", violations);
    }

    private static void checkPayload(String ceType, byte[] payload, List<String> violations) {
        if (!ceType.startsWith(CE_TYPE_PREFIX)) {
            violations.add("ce_type " + ceType + ": does not start with " + CE_TYPE_PREFIX);
            return;
        }
        String file = schemaFileOf(ceType);
        if (!schemaExists(file)) {
            violations.add("ce_type " + ceType + ": no schema schemas/" + file + " in zi-contracts");
            return;
        }
        Schema schema = SCHEMAS.getSchema(SchemaLocation.of(SCHEMA_BASE_URI + file));
        String json = new String(payload, StandardCharsets.UTF_8);
        try {
            JSON.readTree(json);
        }
        catch (JacksonException ex) {
            violations.add("payload: not JSON (" + ex.getOriginalMessage() + ")");
            return;
        }
        for (Error error : schema.validate(json, InputFormat.JSON)) {
            violations.add("payload " + location(error) + ": " + error.getMessage());
        }
    }

    private static String schemaFileOf(String ceType) {
        return ceType.substring(CE_TYPE_PREFIX.length()) + ".json";
    }

    private static boolean schemaExists(String file) {
        return EventContracts.class.getClassLoader().getResource("schemas/" + file) != null;
    }

    private static JsonNode headersOf(ConsumerRecord<?, byte[]> record) {
        ObjectNode headers = JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static @Nullable String text(JsonNode headers, String name) {
        JsonNode value = headers.get(name);
        return value == null ? null : value.asString();
    }

    private static @Nullable String group(Pattern pattern, @Nullable String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(value);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static @Nullable String keyOf(@Nullable Object key) {
        if (key instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return key == null ? null : key.toString();
    }

    /** JSON pointer of the value at fault; for a missing property, where it should have been. */
    private static String location(Error error) {
        String at = error.getInstanceLocation().toString();
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            return at + "/" + error.getProperty();
        }
        return at.isEmpty() ? "/" : at;
    }

    private static void failIfAny(String subject, List<String> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(subject + " breaks its contract:\n  - " + String.join("\n  - ", violations));
        }
    }

    /** The header rules of the AsyncAPI document, read once. */
    private static final class HeaderRules {

        private static final String TRAIT = "/components/messageTraits/cloudEventsKafkaBinary/headers";
        private static final Schema SCHEMA = load();

        private static Schema load() {
            try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("asyncapi.yaml not on the class path: add zi-contracts");
                }
                JsonNode headers = YAMLMapper.builder().build().readTree(in).at(TRAIT);
                if (headers.isMissingNode()) {
                    throw new IllegalStateException("asyncapi.yaml has no " + TRAIT);
                }
                return SCHEMAS.getSchema(headers);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }
}
