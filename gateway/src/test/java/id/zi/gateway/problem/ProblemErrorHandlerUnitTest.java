package id.zi.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemErrorHandlerUnitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProblemErrorHandler handler = new ProblemErrorHandler(new ProblemWriter(JSON));

    @Test
    void unexpectedFailureIs500WithoutItsInternals() {
        MockServerWebExchange exchange = exchange("/api/planning/units");

        handler.handle(exchange, new IllegalStateException("pool exhausted at 10.1.2.3")).block();

        JsonNode problem = problem(exchange, 500);
        assertThat(problem.get("title").asString()).isEqualTo("Internal error");
        assertThat(problem.toString()).doesNotContain("10.1.2.3");
    }

    @Test
    void routedConnectionFailureNamesTheService() {
        MockServerWebExchange exchange = routed("/api/evidence/uploads/u-1", "evidence");

        handler.handle(exchange, new ConnectException("Connection refused")).block();

        assertThat(problem(exchange, 503).get("detail").asString()).isEqualTo("evidence did not answer in time or is down");
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
    }

    @Test
    void routedTimeOutIs504() {
        MockServerWebExchange exchange = routed("/api/evidence/uploads/u-1", "evidence");

        handler.handle(exchange, new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Did not observe any item",
                new TimeoutException("10m"))).block();

        assertThat(problem(exchange, 504).get("title").asString()).isEqualTo("Gateway timeout");
    }

    @Test
    void frameworkStatusKeepsItsStatusInOurShape() {
        MockServerWebExchange exchange = exchange("/api/nowhere");

        handler.handle(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND)).block();

        JsonNode problem = problem(exchange, 404);
        assertThat(problem.get("type").asString()).isEqualTo("https://zi.id/problems/not-found");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/nowhere");
    }

    private static MockServerWebExchange exchange(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path));
    }

    private static MockServerWebExchange routed(String path, String service) {
        MockServerWebExchange exchange = exchange(path);
        Route route = Route.async().id(service + "-route").uri("http://127.0.0.1:1").predicate(any -> true)
                .metadata(UpstreamFailures.SERVICE_METADATA, service).build();
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
        return exchange;
    }

    private static JsonNode problem(MockServerWebExchange exchange, int status) {
        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(status);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JSON.readTree(exchange.getResponse().getBodyAsString().block());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }
}
