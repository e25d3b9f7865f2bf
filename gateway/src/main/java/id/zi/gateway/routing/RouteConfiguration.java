package id.zi.gateway.routing;

import static id.zi.gateway.problem.UpstreamFailures.SERVICE_METADATA;

import id.zi.gateway.limits.BodyLimitProperties;
import id.zi.gateway.limits.PublicRateLimiter;
import id.zi.gateway.limits.RequestBodyLimit;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The routes, most specific first. Each carries a body limit and a circuit breaker whose name is
 * the key of its {@code resilience4j.circuitbreaker.instances} and {@code resilience4j.timelimiter.instances}
 * entries in {@code application.yml}: 5 s for API calls, 10 min for evidence transfers, exports and the portal.
 *
 * <p>Routes that may carry large bodies (evidence transfers, the portal) have a breaker without a
 * {@code forward:} fallback and no retry: Spring Cloud Gateway holds the whole request body in memory
 * on routes with either, to replay it, which is not acceptable for a 600 MB upload. Their failures reach
 * the gateway's error handler, which answers with the same problem the fallback would.
 */
@Configuration(proxyBeanMethods = false)
class RouteConfiguration {

    static final String FALLBACK = "forward:/gateway/fallback/";

    /** A service behind {@code /api/<prefix>}: {@code name} is its breaker and the name callers are told. */
    private record Service(String name, String prefix, URI uri) {
    }

    @Bean
    RouteLocator ziRoutes(RouteLocatorBuilder builder, DownstreamProperties downstream, BodyLimitProperties limits,
            PublicRateLimiter rateLimiter) {
        List<Service> services = List.of(
                new Service("planning", "/api/planning", downstream.planning()),
                new Service("evidence", "/api/evidence", downstream.evidence()),
                new Service("monitoring", "/api/monitoring", downstream.monitoring()),
                new Service("survey", "/api/surveys", downstream.survey()));
        RouteLocatorBuilder.Builder routes = builder.routes();

        routes.route("evidence-transfer", route -> route.order(0)
                .path("/api/evidence/**").and().predicate(RequestPaths::isEvidenceTransfer)
                .filters(filters -> filters
                        .filter(new RequestBodyLimit(limits.upload()))
                        .circuitBreaker(breaker -> breaker.setName("evidence-transfer")))
                .metadata(SERVICE_METADATA, "evidence")
                .uri(downstream.evidence()));
        for (Service service : services) {
            routes.route(service.name() + "-export", route -> route.order(0)
                    .path(service.prefix() + "/**").and().predicate(RequestPaths::isExport)
                    .filters(filters -> filters
                            .filter(new RequestBodyLimit(limits.api()))
                            .circuitBreaker(breaker -> breaker.setName(service.name() + "-export")
                                    .setFallbackUri(FALLBACK + service.name())))
                    .metadata(SERVICE_METADATA, service.name())
                    .uri(service.uri()));
        }

        routes.route("survey-public", route -> route.order(0)
                .path("/api/surveys/public/**")
                .filters(filters -> api(filters, rateLimiter.perClientAndSurvey("survey-public"), limits, "survey"))
                .metadata(SERVICE_METADATA, "survey")
                .uri(downstream.survey()));
        routes.route("survey-calculator", route -> route.order(0)
                .path("/api/surveys/calculator/**")
                .filters(filters -> api(filters, rateLimiter.perClient("survey-calculator"), limits, "survey"))
                .metadata(SERVICE_METADATA, "survey")
                .uri(downstream.survey()));
        routes.route("lke-score", route -> route.order(0)
                .path("/api/monitoring/lke/score")
                .filters(filters -> api(filters, rateLimiter.perClient("lke-score"), limits, "monitoring"))
                .metadata(SERVICE_METADATA, "monitoring")
                .uri(downstream.monitoring()));

        for (Service service : services) {
            routes.route(service.name(), route -> route.order(10)
                    .path(service.prefix() + "/**")
                    .filters(filters -> api(filters.filter(new RequestBodyLimit(limits.api())), service.name()))
                    .metadata(SERVICE_METADATA, service.name())
                    .uri(service.uri()));
        }

        // Anything else that is not an API is the portal's: pages, /login/**, /oauth2/**, static files.
        // An unknown /api/** path stays unrouted and answers 404 instead of reaching the portal.
        routes.route("portal", route -> route.order(Ordered.LOWEST_PRECEDENCE)
                .path("/**").and().not(apis -> apis.path("/api/**"))
                .filters(filters -> filters
                        // the portal builds its OIDC redirect URIs from the Host the browser used
                        .preserveHostHeader()
                        .filter(new RequestBodyLimit(limits.portal()))
                        .circuitBreaker(breaker -> breaker.setName("portal")))
                .metadata(SERVICE_METADATA, "portal")
                .uri(downstream.portal()));
        return routes.build();
    }

    private static GatewayFilterSpec api(GatewayFilterSpec filters, GatewayFilter rateLimit, BodyLimitProperties limits,
            String service) {
        return api(filters.filter(rateLimit).filter(new RequestBodyLimit(limits.api())), service);
    }

    /** Breaker with fallback, then retries of idempotent reads only, inside the breaker's time limit. */
    private static GatewayFilterSpec api(GatewayFilterSpec filters, String service) {
        return filters
                .circuitBreaker(breaker -> breaker.setName(service).setFallbackUri(FALLBACK + service))
                .retry(retry -> retry.setRetries(2)
                        .setMethods(HttpMethod.GET)
                        .setSeries()
                        .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT)
                        .setExceptions(IOException.class)
                        .setBackoff(Duration.ofMillis(50), Duration.ofMillis(400), 2, true));
    }
}
