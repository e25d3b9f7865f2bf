package id.zi.gateway.limits;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the public endpoints (no login): survey answering, the calculator, the LKE score
 * (defaults in {@code application.yml}).
 *
 * @param perClient per client address and route
 * @param perSurvey per survey over all clients: bounds what many addresses together pour into one survey
 * @param maxTrackedKeys how many clients and surveys are remembered at once; the least recently seen
 *        are forgotten first, which bounds memory under a flood of new addresses
 */
@ConfigurationProperties("zi.gateway.rate-limit")
public record RateLimitProperties(Limit perClient, Limit perSurvey, long maxTrackedKeys) {

    public RateLimitProperties {
        Objects.requireNonNull(perClient, "zi.gateway.rate-limit.per-client is required");
        Objects.requireNonNull(perSurvey, "zi.gateway.rate-limit.per-survey is required");
        if (maxTrackedKeys < 1) {
            throw new IllegalArgumentException("zi.gateway.rate-limit.max-tracked-keys must be at least 1");
        }
    }

    /** {@code capacity} requests, refilled evenly over {@code period}. */
    public record Limit(long capacity, Duration period) {

        public Limit {
            if (capacity < 1 || period == null || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a positive period");
            }
        }
    }
}
