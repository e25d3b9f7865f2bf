package id.zi.gateway.limits;

import id.zi.gateway.problem.GatewayProblem;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rejects request bodies over a route's limit with 413 problem+json.
 *
 * <p>Used instead of Spring Cloud Gateway's {@code RequestSize} filter, which answers with an empty
 * body and only looks at {@code Content-Length}, so a chunked upload passes it at any size. This one
 * also counts the bytes of a chunked body as they stream. It runs before the gateway caches bodies
 * for retries and fallbacks, so an oversized body is never held in memory.
 */
public final class RequestBodyLimit implements GatewayFilter, Ordered {

    /** Ahead of Spring Cloud Gateway's body caching ({@code HIGHEST_PRECEDENCE + 1000}). */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private final DataSize limit;

    public RequestBodyLimit(DataSize limit) {
        this.limit = limit;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            return Mono.error(GatewayProblem.payloadTooLarge(limit));
        }
        if (declared >= 0) {
            // the server reads no more than the declared length
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new Counted(request, limit)).build());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static final class Counted extends ServerHttpRequestDecorator {

        private final DataSize limit;

        Counted(ServerHttpRequest delegate, DataSize limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                    DataBufferUtils.release(buffer);
                    sink.error(GatewayProblem.payloadTooLarge(limit));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
