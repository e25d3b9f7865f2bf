package id.zi.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.zi.gateway.problem.GatewayProblem;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.headers.TrustedProxies;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Rate limits of the public endpoints, held in this process: one Bucket4j bucket per key in a
 * bounded Caffeine cache, so the platform needs no Redis.
 *
 * <p>Not Spring Cloud Gateway's {@code RequestRateLimiter} with its {@code Bucket4jRateLimiter}: that
 * one needs an {@code AsyncProxyManager} (a shared bucket store), takes a single key per filter while
 * survey answers are limited per client and per survey, and answers 429 with an empty body and no
 * {@code Retry-After}. With several gateway instances each one enforces the limits on the requests it
 * sees; that looseness is accepted in exchange for no shared store.
 */
@Component
public final class PublicRateLimiter {

    /** Ahead of body caching and size checks: a refused request costs nothing more. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final Pattern SURVEY_ID = Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    private final RateLimitProperties properties;

    private final @Nullable TrustedProxies trustedProxies;

    private final Cache<String, Bucket> buckets;

    PublicRateLimiter(RateLimitProperties properties,
            @Value("${spring.cloud.gateway.server.webflux.trusted-proxies:}") String trustedProxies) {
        this.properties = properties;
        this.trustedProxies = StringUtils.hasText(trustedProxies) ? TrustedProxies.from(trustedProxies) : null;
        Duration longest = properties.perClient().period().compareTo(properties.perSurvey().period()) >= 0
                ? properties.perClient().period() : properties.perSurvey().period();
        // a bucket left alone for a whole period is full again: forgetting it then changes nothing
        this.buckets = Caffeine.newBuilder().maximumSize(properties.maxTrackedKeys()).expireAfterAccess(longest).build();
    }

    /** Limits each client address on {@code routeId}. */
    public GatewayFilter perClient(String routeId) {
        return new OrderedGatewayFilter((exchange, chain) -> {
            Optional<GatewayProblem> refused = refuseClient(routeId, exchange);
            return refused.<Mono<Void>>map(Mono::error).orElseGet(() -> chain.filter(exchange));
        }, ORDER);
    }

    /** Limits each client address on {@code routeId}, and each survey named in {@code /api/surveys/public/{id}/...}. */
    public GatewayFilter perClientAndSurvey(String routeId) {
        return new OrderedGatewayFilter((exchange, chain) -> {
            Optional<GatewayProblem> refused = refuseClient(routeId, exchange)
                    .or(() -> surveyId(exchange.getRequest()).flatMap(survey -> refuse("survey|" + survey,
                            properties.perSurvey(), "Too many answers to survey " + survey + " right now")));
            return refused.<Mono<Void>>map(Mono::error).orElseGet(() -> chain.filter(exchange));
        }, ORDER);
    }

    private Optional<GatewayProblem> refuseClient(String routeId, ServerWebExchange exchange) {
        return refuse("client|" + routeId + "|" + clientAddress(exchange.getRequest()), properties.perClient(),
                "Too many requests from your address");
    }

    private Optional<GatewayProblem> refuse(String key, RateLimitProperties.Limit limit, String detail) {
        Bucket bucket = buckets.get(key, unused -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(GatewayProblem.tooManyRequests(Duration.ofNanos(probe.getNanosToWaitForRefill()), detail));
    }

    /**
     * The client's address. {@code X-Forwarded-For} counts only when the connection comes from a
     * trusted proxy ({@code spring.cloud.gateway.server.webflux.trusted-proxies}); then the last entry
     * not added by a trusted proxy is the client, since anything left of it the client could have written.
     */
    String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote == null ? "unknown"
                : remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        if (trustedProxies == null || !trustedProxies.isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String value : request.getHeaders().getValuesAsList("X-Forwarded-For")) {
            for (String hop : value.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.isTrusted(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private static Optional<String> surveyId(ServerHttpRequest request) {
        String[] segments = request.getPath().pathWithinApplication().value().split("/");
        // "", "api", "surveys", "public", "{surveyId}", ...; the open results ("results") are no survey of their own
        if (segments.length > 4 && !segments[4].equals("results") && SURVEY_ID.matcher(segments[4]).matches()) {
            return Optional.of(segments[4]);
        }
        return Optional.empty();
    }
}
