package id.zi.survey.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.zi.survey.index.InvalidSurveyInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IdempotencyKeyUnitTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void aKeyIsEightToAHundredVisibleCharacters() {
        assertThat(IdempotencyKey.check("3f2b8c1e-9d4a-4f6b-8e2c-1a7d5b9c0e3f")).isEqualTo("3f2b8c1e-9d4a-4f6b-8e2c-1a7d5b9c0e3f");
        assertThat(IdempotencyKey.check("12345678")).isEqualTo("12345678");
        assertThat(IdempotencyKey.check("x".repeat(100))).hasSize(100);
        for (String bad : new String[] {null, "", "1234567", "x".repeat(101), "has space1", "tab\there1", "kunci-é-12345"}) {
            assertThatThrownBy(() -> IdempotencyKey.check(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(InvalidSurveyInput.class, e -> assertThat(e.field()).isEqualTo("Idempotency-Key"));
        }
    }

    @Test
    void theResponseIdComesFromSurveyAndKeyAlone() {
        String id = IdempotencyKey.responseId("sv-1", "key-00000001");
        assertThat(id).isEqualTo(IdempotencyKey.responseId("sv-1", "key-00000001")).matches("rs-[A-Za-z0-9_-]{22}");
        assertThat(IdempotencyKey.responseId("sv-2", "key-00000001")).isNotEqualTo(id);
        assertThat(IdempotencyKey.responseId("sv-1", "key-00000002")).isNotEqualTo(id);
        // the separator keeps "sv-1" + "1key…" apart from "sv-11" + "key…"
        assertThat(IdempotencyKey.responseId("sv-1", "1key-0000001")).isNotEqualTo(IdempotencyKey.responseId("sv-11", "key-0000001"));
    }

    @Test
    void aRetryHasTheSameFingerprintHoweverItIsWritten() {
        String sent = IdempotencyKey.fingerprint(json("{\"U1\": 4, \"U2\": 3}"), json("{\"sex\": \"P\", \"ageBand\": \"30_39\"}"));
        assertThat(IdempotencyKey.fingerprint(json("{ \"U2\":3.0,\"U1\":4 }"), json("{\"ageBand\":\"30_39\",\"sex\":\" P \"}"))).isEqualTo(sent);
        assertThat(IdempotencyKey.fingerprint(json("{\"U1\": 4, \"U2\": 3}"), json("{\"sex\": \"P\", \"ageBand\": \"30_39\", \"education\": null}")))
                .isEqualTo(sent);
    }

    @Test
    void otherAnswersOrAnotherProfileMakeAnotherFingerprint() {
        String sent = IdempotencyKey.fingerprint(json("{\"U1\": 4, \"U2\": 3}"), null);
        assertThat(IdempotencyKey.fingerprint(json("{\"U1\": 4, \"U2\": 2}"), null)).isNotEqualTo(sent);
        assertThat(IdempotencyKey.fingerprint(json("{\"U1\": 4, \"U2\": 3, \"U3\": 1}"), null)).isNotEqualTo(sent);
        assertThat(IdempotencyKey.fingerprint(json("{\"U1\": 4, \"U2\": 3}"), json("{\"sex\": \"L\"}"))).isNotEqualTo(sent);
        assertThat(IdempotencyKey.fingerprint(json("{\"U1\": 4, \"U2\": \"3\"}"), null)).isNotEqualTo(sent);
        // an answer moved into the profile is another submission
        assertThat(IdempotencyKey.fingerprint(json("{\"U1\": 4}"), json("{\"U2\": 3}"))).isNotEqualTo(sent);
    }
}
