package id.zi.testkit.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An OpenID issuer for realm {@code zi} on {@code 127.0.0.1} and a free port, serving its JWKS and discovery
 * document over real HTTP, and minting RS256 tokens with the claims Keycloak puts in them. One per JVM, so
 * every Spring context of a test run trusts the same key.
 */
public final class TestIdentityProvider {

    private static final String KEY_ID = "zi-test-key";
    private static final String CLIENT_ID = "zi-cli";
    /** The audience Keycloak's realm puts in every access token meant for the platform's APIs. */
    public static final String AUDIENCE = "zi-api";
    private static final Duration VALIDITY = Duration.ofMinutes(5);

    private final HttpServer server;
    private final ExecutorService executor;
    private final RSAKey signingKey;
    private final RSAKey unknownKey;
    private final String issuerUri;

    private TestIdentityProvider() {
        try {
            signingKey = rsaKey();
            // Same key id as the trusted key: the resource server finds "its" key and must reject the signature.
            unknownKey = rsaKey();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("could not open the test identity provider's port", ex);
        }
        issuerUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/zi";
        String jwks = new JWKSet(signingKey.toPublicJWK()).toString();
        String discovery = JSONObjectUtils.toJSONString(Map.of(
                "issuer", issuerUri,
                "jwks_uri", jwkSetUri(),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256")));
        server.createContext("/realms/zi/protocol/openid-connect/certs", exchange -> respond(exchange, jwks));
        server.createContext("/realms/zi/.well-known/openid-configuration",
                exchange -> respond(exchange, discovery));
        executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "zi-test-idp");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "zi-test-idp-shutdown"));
    }

    /** The provider of this JVM, started on first use. */
    public static TestIdentityProvider shared() {
        return Holder.INSTANCE;
    }

    /** {@code http://127.0.0.1:<port>/realms/zi}, the {@code iss} of every token minted here. */
    public String issuerUri() {
        return issuerUri;
    }

    public String jwkSetUri() {
        return issuerUri + "/protocol/openid-connect/certs";
    }

    /** A token valid for five minutes from now. */
    public String token(TestUser user) {
        Instant now = Instant.now();
        return sign(claims(user, now, now.plus(VALIDITY)), signingKey);
    }

    /** A correctly signed token whose validity ended five minutes ago (well past any clock skew). */
    public String expiredToken(TestUser user) {
        Instant issued = Instant.now().minus(VALIDITY.multipliedBy(2));
        return sign(claims(user, issued, issued.plus(VALIDITY)), signingKey);
    }

    /**
     * A token whose payload was changed after signing: the user's scope widened to {@code /id}, the attack a
     * resource server that skipped signature checks would let through.
     */
    public String tamperedToken(TestUser user) {
        String[] parts = token(user).split("\\.");
        Instant now = Instant.now();
        JWTClaimsSet widened = new JWTClaimsSet.Builder(claims(user, now, now.plus(VALIDITY)))
                .claim("zi_scope_path", "/id")
                .build();
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(widened.toString().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    /** A well-formed token signed by a key the issuer never published (under the trusted key's id). */
    public String tokenFromUnknownKey(TestUser user) {
        Instant now = Instant.now();
        return sign(claims(user, now, now.plus(VALIDITY)), unknownKey);
    }

    /**
     * A valid, signed token issued for another audience (an ID token for the portal, say): the platform's
     * APIs accept only tokens meant for them ({@value #AUDIENCE}).
     */
    public String tokenForAnotherAudience(TestUser user) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(user, now, now.plus(VALIDITY))).audience("zi-portal").claim("typ", "ID").build();
        return sign(claims, signingKey);
    }

    /** {@code Bearer <token>}, for an {@code Authorization} header. */
    public String bearer(TestUser user) {
        return "Bearer " + token(user);
    }

    /** Points a resource server at this issuer, for {@code @DynamicPropertySource} methods. */
    public void registerProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", this::issuerUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", this::jwkSetUri);
    }

    private JWTClaimsSet claims(TestUser user, Instant issuedAt, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(issuerUri)
                .subject(user.username())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .audience(AUDIENCE)
                .claim("typ", "Bearer")
                .claim("azp", CLIENT_ID)
                .claim("preferred_username", user.username())
                .claim("realm_access", Map.of("roles", List.copyOf(user.roles())))
                .claim("zi_unit", user.unitId())
                .claim("zi_unit_path", user.unitPath())
                .claim("zi_scope_path", user.scopePath())
                .build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("could not sign a test token", ex);
        }
        return jwt.serialize();
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("could not generate a test signing key", ex);
        }
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static final class Holder {
        private static final TestIdentityProvider INSTANCE = new TestIdentityProvider();
    }
}
