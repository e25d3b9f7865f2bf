package id.zi.gateway.problem;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;

/**
 * Turns what went wrong between the gateway and a service into what the caller is told. The same
 * answer comes from the circuit-breaker fallback and from routes that have none.
 */
public final class UpstreamFailures {

    /** Route metadata key naming the service behind a route, as the caller is told it. */
    public static final String SERVICE_METADATA = "zi-service";

    private UpstreamFailures() {
    }

    /** Whether {@code failure} says the service was unreachable, too slow or shed by a breaker. */
    public static boolean isUpstreamFailure(Throwable failure) {
        if (failure instanceof GatewayProblem) {
            return false;
        }
        if (failure instanceof ErrorResponse response) {
            // Spring Cloud Gateway's own time-out (504) and open-breaker (503) answers
            return response.getStatusCode().isSameCodeAs(HttpStatus.GATEWAY_TIMEOUT)
                    || response.getStatusCode().isSameCodeAs(HttpStatus.SERVICE_UNAVAILABLE)
                    || response.getStatusCode().isSameCodeAs(HttpStatus.BAD_GATEWAY);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof IOException || cause instanceof CallNotPermittedException
                    || cause instanceof BulkheadFullException) {
                return true;
            }
        }
        return false;
    }

    /** The problem for {@code failure} while calling {@code service}; problems already phrased pass unchanged. */
    public static GatewayProblem toProblem(String service, Throwable failure) {
        if (failure instanceof GatewayProblem problem) {
            return problem;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return GatewayProblem.timedOut(service, failure);
            }
            if (cause instanceof BulkheadFullException) {
                return GatewayProblem.busy(service, failure);
            }
        }
        if (failure instanceof ErrorResponse response && response.getStatusCode().isSameCodeAs(HttpStatus.GATEWAY_TIMEOUT)) {
            return GatewayProblem.timedOut(service, failure);
        }
        return GatewayProblem.unavailable(service, failure);
    }
}
