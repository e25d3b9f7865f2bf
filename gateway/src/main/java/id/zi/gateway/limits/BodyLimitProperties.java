package id.zi.gateway.limits;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Largest request bodies, per kind of route (defaults in {@code application.yml}).
 *
 * @param api every API route but uploads
 * @param upload evidence uploads ({@code /api/evidence/uploads/**}, {@code /api/evidence/**}{@code /files})
 * @param portal the portal's pages: the browser holds no token, so evidence uploads pass through the
 *        portal's own forms and need the upload limit there too
 */
@ConfigurationProperties("zi.gateway.body-limit")
public record BodyLimitProperties(DataSize api, DataSize upload, DataSize portal) {

    public BodyLimitProperties {
        Objects.requireNonNull(api, "zi.gateway.body-limit.api is required");
        Objects.requireNonNull(upload, "zi.gateway.body-limit.upload is required");
        Objects.requireNonNull(portal, "zi.gateway.body-limit.portal is required");
    }
}
