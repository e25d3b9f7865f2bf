import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The token source of bench/evidence-upload.sh, instead of Keycloak (a 40 s start for one token): an issuer
 * for realm {@code zi} on a free loopback port serving its key set and discovery document, and one RS256
 * access token for operator.magelang with the claims of docs/CONVENTIONS.md, as the test kit's
 * TestIdentityProvider mints them. Runs until killed.
 *
 * <p>Usage: {@code java -cp <classes>:<evidence-service class path> BenchIssuer OUT_FILE}; writes
 * {@code issuer-uri}, then the token, one per line, to OUT_FILE once the server answers.
 */
public class BenchIssuer {

    /** Long enough for any run of the benchmark; the key dies with the process anyway. */
    private static final Duration VALIDITY = Duration.ofHours(2);

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: BenchIssuer OUT_FILE");
            System.exit(2);
        }
        RSAKey key = new RSAKeyGenerator(2048).keyID("zi-bench-key").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/zi";
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\","
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        server.createContext("/realms/zi/protocol/openid-connect/certs", exchange -> respond(exchange, jwks));
        server.createContext("/realms/zi/.well-known/openid-configuration", exchange -> respond(exchange, discovery));
        server.start();

        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("operator.magelang")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(VALIDITY)))
                .audience("zi-api")
                .claim("typ", "Bearer")
                .claim("azp", "zi-cli")
                .claim("preferred_username", "operator.magelang")
                .claim("realm_access", Map.of("roles", List.of("unit-operator")))
                .claim("zi_unit", "33.71.dpmptsp")
                .claim("zi_unit_path", "/id/33/33.71/33.71.dpmptsp")
                .claim("zi_scope_path", "/id/33/33.71/33.71.dpmptsp")
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        token.sign(new RSASSASigner(key));

        // Written whole and then moved, so the script never reads half a file.
        Path out = Path.of(args[0]);
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        Files.writeString(partial, issuer + "\n" + token.serialize() + "\n");
        Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        try (exchange) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
