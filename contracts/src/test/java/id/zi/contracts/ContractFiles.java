package id.zi.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The documents of this module as the tests read them: from the test class path, as the built jar holds them. */
final class ContractFiles {

    static final String SCHEMA_BASE_URI = "https://zi.id/schemas/";
    static final String CE_TYPE_PREFIX = "id.zi.";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ContractFiles() {
    }

    static Path schemasDir() {
        return classpathDir("schemas");
    }

    static Path examplesDir() {
        return classpathDir("examples");
    }

    static Path baselineDir() {
        return classpathDir("schema-baseline");
    }

    static Path catalogDir() {
        return classpathDir("catalog");
    }

    static Path catalogSchema() {
        return catalogDir().resolve("lke-catalog.schema.json");
    }

    /** The LKE catalogs, one per regulation: {@code lke-<id>.json} beside their schema. */
    static List<Path> catalogs() {
        return jsonFiles(catalogDir()).stream().filter(file -> !file.equals(catalogSchema())).toList();
    }

    static Path asyncApi() {
        return classpathDir("asyncapi.yaml");
    }

    static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static JsonNode readJson(Path file) {
        return JSON.readTree(file.toFile());
    }

    static JsonNode readYaml(Path file) {
        return YAML.readTree(file.toFile());
    }

    /** {@code id.zi.planning.orgunit.created.v1} is described by {@code planning.orgunit.created.v1.json}. */
    static String schemaFileOf(String ceType) {
        if (!ceType.startsWith(CE_TYPE_PREFIX)) {
            throw new IllegalArgumentException("ce_type " + ceType + " does not start with " + CE_TYPE_PREFIX);
        }
        return ceType.substring(CE_TYPE_PREFIX.length()) + ".json";
    }

    /** Schemas resolved by their {@code $id}, from the {@code schemas/} folder, with formats asserted. */
    static Schema schema(String fileName) {
        return REGISTRY.getSchema(SchemaLocation.of(SCHEMA_BASE_URI + fileName));
    }

    static Schema schema(JsonNode schemaNode) {
        return REGISTRY.getSchema(schemaNode);
    }

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE_URI, "classpath:schemas/")));

    private static Path classpathDir(String name) {
        URL url = Objects.requireNonNull(ContractFiles.class.getClassLoader().getResource(name),
                () -> name + " is not on the test class path");
        try {
            return Path.of(url.toURI());
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
