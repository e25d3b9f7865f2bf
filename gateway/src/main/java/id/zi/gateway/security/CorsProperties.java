package id.zi.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browser origins other than the gateway's own that may call {@code /api/**} (defaults in
 * {@code application.yml}: the gateway's own origin, {@code http://localhost:8080}).
 */
@ConfigurationProperties("zi.gateway.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
