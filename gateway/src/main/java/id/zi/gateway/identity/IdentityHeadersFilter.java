package id.zi.gateway.identity;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one filter that decides the identity headers a service receives, on every route: whatever the
 * caller sent under those names is dropped, and when the request carries a validated JWT, the headers
 * are set from its claims. The {@code Authorization} header passes unchanged.
 */
@Component
final class IdentityHeadersFilter implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .ofType(JwtAuthenticationToken.class)
                .map(token -> IdentityHeaders.from(token.getToken()))
                .defaultIfEmpty(IdentityHeaders.NONE)
                .flatMap(identity -> chain.filter(
                        exchange.mutate().request(request -> request.headers(identity::replaceIn)).build()));
    }

    /** First of all filters, so no later filter or retry ever sees a caller-supplied identity header. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
