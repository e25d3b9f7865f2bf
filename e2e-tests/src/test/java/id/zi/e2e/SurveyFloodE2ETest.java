package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One client floods a survey's public link through the gateway with the shipped limits: it is refused with 429
 * problem+json and a Retry-After, while respondents from other addresses answering the same survey in those same
 * moments are all accepted, and the unit's result counts exactly what was accepted.
 *
 * <p>Each client connects from its own loopback address (127.0.0.x), so the gateway tells them apart by the
 * connection itself, with no trusted proxy and no X-Forwarded-For. None of them is 127.0.0.1, whose budget the
 * other e2e tests spend.
 */
@ExtendWith(LocalStackExtension.class)
class SurveyFloodE2ETest {

    static final String FLOODER = "127.0.0.66";
    static final int RESPONDENTS = 10;
    static final int ANSWERS_EACH = 3;
    /** The shipped per-client limit: 60 a minute, refilled one a second. */
    static final int PER_CLIENT_CAPACITY = 60;

    private static E2EStack stack;

    @BeforeAll
    static void stack(E2EStack started) {
        stack = started;
    }

    record Sent(String key, String json, int status, long atNanos, String contentType, String retryAfter, String body) {
    }

    @Test
    void aFloodingClientIsRefusedWith429WhileOtherRespondentsAreAcceptedAndCountedInFull() throws Exception {
        String operator = stack.token("operator.magelang");
        String code = "FLOOD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpResponse<String> created = stack.postJson(stack.urls().gateway().resolve("api/surveys/surveys"), operator,
                "{\"instrument\": \"SKM\", \"serviceType\": {\"code\": \"" + code + "\", \"name\": \"Legalisir Akta\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        DocumentContext survey = JsonPath.parse(created.body());
        String id = survey.read("$.id");
        List<String> elements = survey.read("$.elements[*].code");
        assertThat(elements).hasSize(9);
        URI responses = URI.create("http://127.0.0.1:" + stack.urls().gateway().getPort() + "/api/surveys/public/"
                + survey.read("$.publicId") + "/responses");

        HttpClient flooder = clientFrom(FLOODER);
        List<Sent> flood = Collections.synchronizedList(new ArrayList<>());
        List<Sent> others = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean othersDone = new AtomicBoolean();
        CountDownLatch firstRefusal = new CountDownLatch(1);
        long othersStart;
        long othersEnd;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> flooding = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                flooding.add(threads.submit(() -> {
                    // never waits, never stops before the others are done; bounded only against a runaway test
                    while (!othersDone.get() && flood.size() < 20_000) {
                        Sent sent = post(flooder, responses, newKey(), answers(elements, 4));
                        flood.add(sent);
                        if (sent.status() == 429) {
                            firstRefusal.countDown();
                        }
                    }
                }));
            }
            // the list grows on six threads meanwhile: wait on the latch, never iterate the list here
            assertThat(firstRefusal.await(30, TimeUnit.SECONDS)).as("the flood is refused before the others start").isTrue();

            othersStart = System.nanoTime();
            List<Future<?>> answering = new ArrayList<>();
            for (int r = 0; r < RESPONDENTS; r++) {
                HttpClient respondent = clientFrom("127.0.0." + (101 + r));
                int answer = 1 + r % 4;
                answering.add(threads.submit(() -> {
                    for (int n = 0; n < ANSWERS_EACH; n++) {
                        others.add(post(respondent, responses, newKey(), answers(elements, answer)));
                    }
                }));
            }
            for (Future<?> respondent : answering) {
                respondent.get(2, TimeUnit.MINUTES);
            }
            othersEnd = System.nanoTime();
            othersDone.set(true);
            for (Future<?> flooding1 : flooding) {
                flooding1.get(1, TimeUnit.MINUTES);
            }
        }

        assertThat(others).as("every other respondent is accepted").hasSize(RESPONDENTS * ANSWERS_EACH)
                .allSatisfy(s -> assertThat(s.status()).as(s.body()).isEqualTo(201));
        assertThat(flood).as("the flood met the others: refused while they were answering")
                .anyMatch(s -> s.status() == 429 && s.atNanos() > othersStart && s.atNanos() < othersEnd);
        Map<Integer, Long> floodStatuses = flood.stream().collect(Collectors.groupingBy(Sent::status, Collectors.counting()));
        assertThat(floodStatuses.keySet()).as("the flooder gets 201 or 429, nothing else: %s", floodStatuses).containsOnly(201, 429);
        long floodAccepted = floodStatuses.getOrDefault(201, 0L);
        double floodSeconds = (flood.getLast().atNanos() - flood.getFirst().atNanos()) / 1e9;
        assertThat(floodAccepted).as("the flooder's budget: %d at once, then one a second over %.1f s", PER_CLIENT_CAPACITY, floodSeconds)
                .isBetween((long) PER_CLIENT_CAPACITY, PER_CLIENT_CAPACITY + (long) Math.ceil(floodSeconds) + 1);
        List<Sent> refused = flood.stream().filter(s -> s.status() == 429).toList();
        assertThat(refused).allSatisfy(s -> {
            assertThat(s.contentType()).startsWith("application/problem+json");
            DocumentContext problem = JsonPath.parse(s.body());
            assertThat((Integer) problem.read("$.status")).isEqualTo(429);
            assertThat((String) problem.read("$.detail")).contains("Too many requests from your address");
            assertThat(Long.parseLong(s.retryAfter())).as("Retry-After in seconds").isBetween(1L, 60L);
        });

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String period = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        long counted = respondents(operator, id, period);
        assertThat(counted).as("the result counts every accepted answer and no refused one").isEqualTo(floodAccepted + RESPONDENTS * ANSWERS_EACH);

        // A refused submission sent again with its key once Retry-After has passed is taken, and counted once.
        Sent refusedOne = refused.getLast();
        Sent retried = postAfterRetryAfter(flooder, responses, refusedOne);
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        Sent replayed = postAfterRetryAfter(flooder, responses, retried);
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(replayed.body(), "$.replayed")).isTrue();
        assertThat(respondents(operator, id, period)).isEqualTo(counted + 1);
    }

    private static long respondents(String operator, String surveyId, String period) {
        HttpResponse<String> result = stack.get("/api/surveys/surveys/" + surveyId + "/results?period=" + period, operator);
        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        return ((Number) JsonPath.read(result.body(), "$.respondents")).longValue();
    }

    /** {@code earlier}'s key and answers again, after waiting as long as each 429 says (at most two minutes). */
    private static Sent postAfterRetryAfter(HttpClient client, URI responses, Sent earlier) throws InterruptedException {
        Sent sent = earlier;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        do {
            if (sent.status() == 429) {
                Thread.sleep(Duration.ofSeconds(Long.parseLong(sent.retryAfter())));
            }
            sent = post(client, responses, earlier.key(), earlier.json());
        } while (sent.status() == 429 && System.nanoTime() < deadline);
        return sent;
    }

    private static Sent post(HttpClient client, URI responses, String key, String json) {
        HttpRequest request = HttpRequest.newBuilder(responses)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Sent(key, json, response.statusCode(), System.nanoTime(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + responses + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A client whose connections come from {@code address}, which the gateway then sees as the client's address. */
    private static HttpClient clientFrom(String address) {
        try {
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .localAddress(InetAddress.getByName(address))
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    private static String newKey() {
        return "flood-" + UUID.randomUUID();
    }

    private static String answers(List<String> elements, int answer) {
        return elements.stream().map(code -> "\"" + code + "\": " + answer).collect(Collectors.joining(", ", "{\"answers\": {", "}}"));
    }
}
