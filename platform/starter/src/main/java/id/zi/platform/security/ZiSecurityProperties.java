package id.zi.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths request paths (Ant patterns) served without a token: published results, calculators
 */
@ConfigurationProperties("zi.security")
public record ZiSecurityProperties(List<String> publicPaths) {

    public ZiSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
