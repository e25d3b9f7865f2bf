package id.zi.local.launcher;

import java.net.URI;

/** Where the components of a running local stack answer. */
public record StackUrls(
        URI gateway,
        URI api,
        URI portal,
        URI keycloak,
        URI issuer,
        URI tokenEndpoint,
        URI keycloakAdminConsole,
        String kafkaBootstrap,
        String mongoUri,
        URI s3Endpoint) {

    static StackUrls of(Ports ports) {
        String keycloak = "http://localhost:" + ports.keycloak();
        String issuer = keycloak + "/realms/" + LocalStack.REALM;
        String gateway = "http://localhost:" + ports.gateway();
        return new StackUrls(
                URI.create(gateway + "/"),
                URI.create(gateway + "/api/"),
                URI.create(gateway + "/"),
                URI.create(keycloak + "/"),
                URI.create(issuer),
                URI.create(issuer + "/protocol/openid-connect/token"),
                URI.create(keycloak + "/admin/"),
                "localhost:" + ports.kafka(),
                "mongodb://localhost:" + ports.mongo(),
                URI.create("http://localhost:" + ports.s3()));
    }
}
