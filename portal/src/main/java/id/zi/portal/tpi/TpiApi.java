package id.zi.portal.tpi;

import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.gateway.GatewayUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The calls the TPI pages make beside their main one: a figure that could not be read leaves a gap (and a
 * notice) instead of failing the whole page, since an inspector following dozens of units still needs the rest.
 */
@Component
class TpiApi {

    private static final Logger log = LoggerFactory.getLogger(TpiApi.class);
    /** Pages of a list read for one page view at most (200 items each). */
    static final int MAX_PAGES = 10;

    private final Gateway gateway;

    TpiApi(Gateway gateway) {
        this.gateway = gateway;
    }

    Gateway gateway() {
        return gateway;
    }

    /** The body of a GET that answered 2xx, else null. */
    @Nullable JsonNode optional(OAuth2AuthorizedClient client, String path) {
        try {
            ApiResponse response = gateway.get(client, path);
            if (response.ok()) {
                return response.body();
            }
            log.info("GET {} answered {}", path, response.status());
        } catch (GatewayUnavailableException e) {
            log.warn("GET {} without an answer: {}", path, e.getMessage());
        }
        return null;
    }

    /**
     * Every element of a paged list ({@code path} ends with a query; {@code page} and {@code size=200} are
     * added), up to {@link #MAX_PAGES} pages; null when the first page failed.
     */
    @Nullable List<JsonNode> all(OAuth2AuthorizedClient client, String path) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode body = optional(client, path + "&size=200&page=" + page);
            if (body == null) {
                return page == 0 ? null : all;
            }
            body.forEach(all::add);
            if (body.size() < 200) {
                break;
            }
        }
        return all;
    }

    /**
     * Streams a file of an API to the browser as it comes (type, length and name from the API); {@code inline}
     * lets the browser show a PDF or picture instead of saving it. A refusal is the problem page.
     */
    void stream(OAuth2AuthorizedClient client, String path, boolean inline, HttpServletResponse response) {
        gateway.streamTo(client, path, response, inline);
    }
}
