package id.zi.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both languages say everything: each bundle's Indonesian and English files hold the same keys, none empty, and
 * every message key a template names literally ({@code #{nav.home}}) exists.
 */
class MessageBundlesTest {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** A literal key inside #{…}: letters, digits, dots, dashes and underscores, before "(" or "}". */
    static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9._-]*)[}(]");

    @Test
    void everyBundleHasTheSameKeysInIndonesianAndEnglishAndNoneIsEmpty() throws IOException {
        Map<String, Properties> bundles = bundles();
        assertThat(bundles).containsKeys("common", "common_en");
        List<String> problems = new ArrayList<>();
        for (String name : bundles.keySet()) {
            if (name.endsWith("_en")) {
                continue;
            }
            Properties indonesian = bundles.get(name);
            Properties english = bundles.get(name + "_en");
            if (english == null) {
                problems.add(name + ": no " + name + "_en.properties");
                continue;
            }
            Set<String> missingEn = new TreeSet<>(indonesian.stringPropertyNames());
            missingEn.removeAll(english.stringPropertyNames());
            Set<String> missingId = new TreeSet<>(english.stringPropertyNames());
            missingId.removeAll(indonesian.stringPropertyNames());
            missingEn.forEach(key -> problems.add(name + "_en lacks " + key));
            missingId.forEach(key -> problems.add(name + " lacks " + key));
            for (Properties bundle : List.of(indonesian, english)) {
                bundle.stringPropertyNames().stream().filter(key -> bundle.getProperty(key).isBlank())
                        .forEach(key -> problems.add(name + ": " + key + " is empty"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        bundles().forEach((name, bundle) -> {
            if (!name.endsWith("_en")) {
                known.addAll(bundle.stringPropertyNames());
            }
        });
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher keys = KEY.matcher(Files.readString(file));
                while (keys.find()) {
                    if (!known.contains(keys.group(1))) {
                        missing.add(TEMPLATES.relativize(file) + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".properties")).toList()) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                bundles.put(file.getFileName().toString().replace(".properties", ""), properties);
            }
        }
        return bundles;
    }
}
