package id.zi.portal.home;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Calls the platform's APIs through the gateway with the signed-in user's own access token. */
@Component
class GatewayClient {

    record UnitRow(String id, String code, String name, String kind, String path) {
    }

    private final RestClient http;

    GatewayClient(RestClient.Builder builder, @Value("${zi.gateway-url}") String gatewayUrl) {
        // A page must not hang on a slow API: fail within seconds and show the page with a notice.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = builder.baseUrl(gatewayUrl).requestFactory(requests).build();
    }

    List<UnitRow> visibleUnits(OAuth2AuthorizedClient client) {
        return http.get().uri("/api/planning/units?size=500")
                .headers(headers -> headers.setBearerAuth(client.getAccessToken().getTokenValue()))
                .retrieve()
                .body(new ParameterizedTypeReference<List<UnitRow>>() { });
    }
}
