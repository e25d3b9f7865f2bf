package id.zi.gateway.resilience;

import id.zi.gateway.problem.GatewayProblem;
import id.zi.gateway.problem.UpstreamFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards ({@code forward:/gateway/fallback/<service>}) when the
 * service is down, too slow or shed: 503, or 504 when the route's time limit ran out.
 */
@RestController
final class FallbackController {

    static final String PATH = "/gateway/fallback/";

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    @RequestMapping(PATH + "{service}")
    Mono<Void> fallback(@PathVariable String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure == null) {
            // asked for directly rather than forwarded by a breaker: there is nothing here
            return Mono.error(GatewayProblem.of(GatewayProblem.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    "Nothing is served at " + exchange.getRequest().getPath())));
        }
        if (!(failure instanceof GatewayProblem)) {
            log.warn("{} failed: {}", service, failure.toString());
        }
        return Mono.error(UpstreamFailures.toProblem(service, failure));
    }
}
