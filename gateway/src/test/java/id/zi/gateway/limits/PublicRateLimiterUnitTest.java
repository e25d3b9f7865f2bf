package id.zi.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.zi.gateway.problem.GatewayProblem;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class PublicRateLimiterUnitTest {

    private static final RateLimitProperties LIMITS = new RateLimitProperties(
            new RateLimitProperties.Limit(2, Duration.ofHours(1)), new RateLimitProperties.Limit(3, Duration.ofHours(1)), 1000);

    @Test
    void forwardedForCountsOnlyFromATrustedProxy() {
        PublicRateLimiter untrusting = new PublicRateLimiter(LIMITS, "");
        PublicRateLimiter trusting = new PublicRateLimiter(LIMITS, "10\\.0\\.0\\.\\d+");

        assertThat(untrusting.clientAddress(from("192.0.2.1", "203.0.113.9"))).isEqualTo("192.0.2.1");
        assertThat(trusting.clientAddress(from("192.0.2.1", "203.0.113.9"))).isEqualTo("192.0.2.1");
        assertThat(trusting.clientAddress(from("10.0.0.1", "203.0.113.9"))).isEqualTo("203.0.113.9");
        // the client wrote the left entry itself; the proxy appended the address it saw
        assertThat(trusting.clientAddress(from("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2"))).isEqualTo("198.51.100.7");
        assertThat(trusting.clientAddress(from("10.0.0.1", null))).isEqualTo("10.0.0.1");
    }

    @Test
    void refusesOverTheLimitWithRetryAfter() {
        GatewayFilter filter = new PublicRateLimiter(LIMITS, "").perClient("calculator");
        AtomicInteger passed = new AtomicInteger();

        filter.filter(exchange("/api/surveys/calculator/x"), forwarded -> Mono.fromRunnable(passed::incrementAndGet)).block();
        filter.filter(exchange("/api/surveys/calculator/x"), forwarded -> Mono.fromRunnable(passed::incrementAndGet)).block();
        GatewayProblem refused = catchThrowableOfType(GatewayProblem.class, () -> filter
                .filter(exchange("/api/surveys/calculator/x"), forwarded -> Mono.fromRunnable(passed::incrementAndGet)).block());

        assertThat(passed).hasValue(2);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 1800L);
    }

    @Test
    void eachSurveyHasItsOwnLimitOverAllClients() {
        GatewayFilter filter = new PublicRateLimiter(LIMITS, "").perClientAndSurvey("survey-public");
        AtomicInteger passed = new AtomicInteger();
        for (int client = 1; client <= 3; client++) {
            filter.filter(exchange("/api/surveys/public/s-1/responses", "192.0.2." + client),
                    forwarded -> Mono.fromRunnable(passed::incrementAndGet)).block();
        }

        GatewayProblem refused = catchThrowableOfType(GatewayProblem.class, () -> filter.filter(
                exchange("/api/surveys/public/s-1/responses", "192.0.2.4"), forwarded -> Mono.empty()).block());
        filter.filter(exchange("/api/surveys/public/s-2/responses", "192.0.2.4"),
                forwarded -> Mono.fromRunnable(passed::incrementAndGet)).block();

        assertThat(refused.getBody().getDetail()).contains("survey s-1");
        assertThat(passed).hasValue(4);
    }

    @Test
    void theOpenResultsOfAllUnitsAreNoSurveyAndShareNoSurveyLimit() {
        GatewayFilter filter = new PublicRateLimiter(LIMITS, "").perClientAndSurvey("survey-public");
        AtomicInteger passed = new AtomicInteger();
        for (int client = 1; client <= 5; client++) {
            filter.filter(exchange("/api/surveys/public/results/units/u-" + client, "192.0.2." + client),
                    forwarded -> Mono.fromRunnable(passed::incrementAndGet)).block();
        }

        assertThat(passed).as("five readers of five units, each within their own client limit").hasValue(5);
    }

    private static MockServerWebExchange exchange(String path) {
        return exchange(path, "192.0.2.1");
    }

    private static MockServerWebExchange exchange(String path, String client) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path).remoteAddress(new InetSocketAddress(client, 40000)));
    }

    private static MockServerHttpRequest from(String peer, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/surveys/calculator/x")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.build();
    }
}
