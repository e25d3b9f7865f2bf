package id.zi.gateway.routing;

import java.net.URI;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services and the portal answer ({@code ZI_PLANNING_URL}, …, {@code ZI_PORTAL_URL}; defaults
 * in {@code application.yml}).
 */
@ConfigurationProperties("zi.gateway.downstream")
public record DownstreamProperties(URI planning, URI evidence, URI monitoring, URI survey, URI portal) {

    public DownstreamProperties {
        Objects.requireNonNull(planning, "zi.gateway.downstream.planning is required");
        Objects.requireNonNull(evidence, "zi.gateway.downstream.evidence is required");
        Objects.requireNonNull(monitoring, "zi.gateway.downstream.monitoring is required");
        Objects.requireNonNull(survey, "zi.gateway.downstream.survey is required");
        Objects.requireNonNull(portal, "zi.gateway.downstream.portal is required");
    }
}
