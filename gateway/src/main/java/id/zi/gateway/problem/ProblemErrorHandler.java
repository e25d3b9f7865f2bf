package id.zi.gateway.problem;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error that reaches the top of the exchange leaves as problem+json: no route (404), limits
 * (413, 429), authentication (401, 403), services down or slow (503, 504) and our own bugs (500).
 * Replaces Spring Boot's default handler, whose body is not RFC 9457.
 */
@Component
@Order(-2)
final class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemWriter writer;

    ProblemErrorHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            // part of a downstream answer is already on the wire: all that is left is to cut it short
            log.warn("failed after the response started: {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), failure.toString());
            return Mono.error(failure);
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        ErrorResponse problem;
        if (failure instanceof GatewayProblem gatewayProblem) {
            problem = gatewayProblem;
        } else if (route != null && UpstreamFailures.isUpstreamFailure(failure)) {
            String service = String.valueOf(route.getMetadata().getOrDefault(UpstreamFailures.SERVICE_METADATA, route.getId()));
            log.warn("{} failed for {} {}: {}", service, exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    failure.toString());
            problem = UpstreamFailures.toProblem(service, failure);
        } else if (failure instanceof ErrorResponse frameworkProblem) {
            // keeps headers such as Allow of a 405
            return writer.write(exchange, fromStatus(frameworkProblem, exchange), frameworkProblem.getHeaders());
        } else {
            log.error("unexpected failure for {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
            problem = GatewayProblem.of(GatewayProblem.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                    "An unexpected error occurred in the gateway; it has been logged"));
        }
        return writer.write(exchange, problem.getBody(), problem.getHeaders());
    }

    /** Framework answers (no route, wrong method, unreadable request) keep their status, in our shape. */
    private static ProblemDetail fromStatus(ErrorResponse response, ServerWebExchange exchange) {
        HttpStatusCode status = response.getStatusCode();
        String path = ProblemWriter.originalPath(exchange);
        if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
            return GatewayProblem.problem(status, "not-found", "Not found", "Nothing is served at " + path);
        }
        if (status.isSameCodeAs(HttpStatus.METHOD_NOT_ALLOWED)) {
            return GatewayProblem.problem(status, "method-not-allowed", "Method not allowed",
                    exchange.getRequest().getMethod() + " is not allowed on " + path);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = response.getBody().getDetail();
        return GatewayProblem.problem(status, slug(title), title, detail != null ? detail : title);
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
