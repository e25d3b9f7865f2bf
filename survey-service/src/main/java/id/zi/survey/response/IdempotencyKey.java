package id.zi.survey.response;

import id.zi.survey.index.InvalidSurveyInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The client's {@code Idempotency-Key}: it names one submission, so a retried one is recognised. The
 * response's {@code _id} is derived from the survey and the key, so the database itself refuses a second
 * copy even when two retries arrive at the same moment; a fingerprint of what was sent tells a retry (same
 * answers) from a different submission that reuses the key.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 100;

    private IdempotencyKey() {
    }

    /** The key as sent, if it is one: 8–100 visible ASCII characters, e.g. a UUID the form made when it opened. */
    public static String check(@Nullable String key) {
        if (key == null || key.isEmpty()) {
            throw new InvalidSurveyInput(HEADER, "required: a unique key per submission (8–100 characters, e.g. a UUID), "
                    + "sent again unchanged when the submission is retried");
        }
        if (key.length() < MIN_LENGTH || key.length() > MAX_LENGTH) {
            throw new InvalidSurveyInput(HEADER, "between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters, not " + key.length());
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '!' || c > '~') {
                throw new InvalidSurveyInput(HEADER, "visible ASCII characters only (no spaces); position " + (i + 1) + " is not");
            }
        }
        return key;
    }

    /** The response id of this key in this survey: 128 bits of SHA-256, so two keys never meet. */
    public static String responseId(String surveyId, String key) {
        byte[] digest = sha256(surveyId + "\n" + key);
        return "rs-" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }

    /**
     * What was sent, independent of key order, spacing and the way a number is written ({@code 4}, {@code 4.0}):
     * a retry of the same submission has the same fingerprint.
     */
    public static String fingerprint(@Nullable JsonNode answers, @Nullable JsonNode profile) {
        StringBuilder canonical = new StringBuilder("answers{");
        sorted(answers).forEach((code, value) -> canonical.append(code).append('=').append(value).append(';'));
        canonical.append("}profile{");
        sorted(profile).forEach((field, value) -> canonical.append(field).append('=').append(value).append(';'));
        canonical.append('}');
        return HexFormat.of().formatHex(sha256(canonical.toString()));
    }

    private static Map<String, String> sorted(@Nullable JsonNode object) {
        Map<String, String> values = new TreeMap<>();
        if (object != null && object.isObject()) {
            object.properties().forEach(entry -> {
                JsonNode value = entry.getValue();
                if (value == null || value.isNull()) {
                    return;
                }
                String text;
                if (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()) && !Double.isInfinite(value.asDouble())) {
                    text = Long.toString((long) value.asDouble());
                } else if (value.isString()) {
                    text = "\"" + value.asString().strip() + "\"";
                } else {
                    text = value.toString();
                }
                values.put(entry.getKey(), text);
            });
        } else if (object != null && !object.isNull()) {
            values.put("", object.toString());
        }
        return values;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
