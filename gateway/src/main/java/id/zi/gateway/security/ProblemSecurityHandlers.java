package id.zi.gateway.security;

import id.zi.gateway.problem.GatewayProblem;
import id.zi.gateway.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401, 403 and refused requests as problem+json, with the RFC 6750 bearer challenge. The 401 and 403
 * travel as errors to the gateway's one problem writer; a request refused by the firewall never
 * enters the chain, so it is written here.
 */
final class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAuthenticationFailureHandler,
        ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

    private final ProblemWriter writer;

    ProblemSecurityHandlers(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        if (failure instanceof InvalidBearerTokenException || tokenSent) {
            return Mono.error(GatewayProblem.unauthorized("The access token is invalid or expired",
                    "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""));
        }
        return Mono.error(GatewayProblem.unauthorized("This endpoint needs an access token", "Bearer"));
    }

    /** A token that could not be checked because the identity provider's keys are out of reach is not the caller's fault. */
    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException) {
            log.warn("cannot check an access token: {}", failure.getMessage());
            return Mono.error(GatewayProblem.unavailable("the identity provider", failure));
        }
        return commence(exchange.getExchange(), failure);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return Mono.error(GatewayProblem.forbidden("Your access token does not allow this request"));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return writer.write(exchange, GatewayProblem.problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                "The request path or headers are not acceptable: " + rejected.getMessage()), HttpHeaders.EMPTY);
    }
}
