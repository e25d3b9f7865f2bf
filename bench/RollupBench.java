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
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The driver of bench/monitoring-rollups.sh: a token issuer for a national evaluator (scope /id, claims of
 * docs/CONVENTIONS.md, as BenchIssuer does for one unit), the generator of a realistic tree (38 provinces,
 * 514 regencies/cities, units spread round-robin under them) with the events of each unit (org, plan rows and
 * publication, evidence uploaded and reviewed, monev approved, LKE scored by the unit and the TPI, an SKM
 * result), and the timer of projection and of roll-up queries over HTTP.
 *
 * <p>Usage: {@code RollupBench ISSUER_FILE KAFKA SERVICE_URL UNITS...}: writes the issuer URI to ISSUER_FILE,
 * waits for the service, then for each cumulative unit count (e.g. 2500 25000) publishes the missing units'
 * events, waits until the national roll-up shows them all, and times the queries. Prints one line per phase.
 */
public class RollupBench {

    static final int PROVINCES = 38;
    static final int REGENCIES = 514;
    static final int WARM_UP = 30;
    static final int REQUESTS = 200;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final AtomicReference<String> TOKEN = new AtomicReference<>();
    static long sequence = 1;

    public static void main(String[] args) throws Exception {
        Path issuerFile = Path.of(args[0]);
        String kafka = args[1];
        String service = args[2];
        int[] phases = Arrays.stream(args).skip(3).mapToInt(Integer::parseInt).toArray();

        String issuer = startIssuer();
        Path partial = issuerFile.resolveSibling(issuerFile.getFileName() + ".partial");
        Files.writeString(partial, issuer + "\n");
        Files.move(partial, issuerFile, StandardCopyOption.ATOMIC_MOVE);
        waitForService(service);

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka, "acks", "all",
                "linger.ms", "20", "batch.size", "262144", "compression.type", "lz4"), new StringSerializer(), new ByteArraySerializer())) {
            long nodeEvents = tree(producer);
            int done = 0;
            for (int target : phases) {
                long events = nodeEvents;
                nodeEvents = 0;
                long start = System.nanoTime();
                for (int i = done; i < target; i++) {
                    events += unit(producer, i);
                }
                producer.flush();
                double publishSeconds = (System.nanoTime() - start) / 1e9;
                waitForUnits(service, target);
                double projectionSeconds = (System.nanoTime() - start) / 1e9;
                done = target;
                // the queries are timed while units keep changing, as on a working day: a new TPI score every 1/CHURN s
                Thread churn = churn(producer, target);
                String health = time(service + "/actuator/health", false);
                String national = time(service + "/api/monitoring/rollups?orgPath=/id&year=2026&period=2026-Q1", true);
                String provincial = time(service + "/api/monitoring/rollups?orgPath=/id/33&year=2026&period=2026-Q1", true);
                String ranking = time(service + "/api/monitoring/rollups/ranking?orgPath=/id&year=2026&by=lkeTpi&limit=50", true);
                churn.interrupt();
                churn.join();
                System.out.printf("units=%d events=%d published_s=%.1f projected_s=%.1f events_per_s=%.0f | while %d units/s change: national %s"
                        + " | provincial %s | ranking %s | health %s%n", target, events, publishSeconds, projectionSeconds,
                        events / projectionSeconds, CHURN, national, provincial, ranking, health);
            }
        }
        System.exit(0);
    }

    /** Units changed per second while the queries are timed (-Dchurn=0 for a quiet read model). */
    static final int CHURN = Integer.getInteger("churn", 10);

    /** Sends a new TPI score for a random unit CHURN times a second until interrupted. */
    static Thread churn(KafkaProducer<String, byte[]> producer, int units) {
        Thread thread = new Thread(() -> {
            Random random = new Random(42);
            while (CHURN > 0 && !Thread.currentThread().isInterrupted()) {
                int i = random.nextInt(units);
                int r = i % REGENCIES;
                String id = regencyId(r) + ".u" + i;
                String path = regencyPath(r) + "/" + id;
                double total = 40 + random.nextInt(6000) / 100.0;
                send(producer, "zi.monitoring.assessment.v1", "id.zi.monitoring.assessment.scored.v1", id + ":2026", id, path,
                        "{\"assessmentId\":\"" + id + ":2026\",\"unitId\":\"" + id + "\",\"orgPath\":\"" + path + "\",\"ancestors\":"
                        + ancestors(path) + ",\"year\":2026,\"side\":\"TPI\",\"total\":" + total + ",\"hasWbk\":false,"
                        + "\"wbk\":{\"eligible\":" + (total >= 75) + ",\"failures\":[]},\"wbbm\":{\"eligible\":false,\"failures\":[]},"
                        + "\"occurredAt\":\"2026-04-21T06:10:00Z\"}");
                try {
                    Thread.sleep(1000 / CHURN);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "churn");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static String province(int p) {
        return Integer.toString(11 + p); // 11…48: two-digit codes like Kemendagri's; 33 is one of them
    }

    static String regencyId(int r) {
        int p = r % PROVINCES;
        return province(p) + "." + String.format("%02d", 1 + r / PROVINCES);
    }

    static String regencyPath(int r) {
        return "/id/" + province(r % PROVINCES) + "/" + regencyId(r);
    }

    static long tree(KafkaProducer<String, byte[]> producer) {
        long events = 0;
        send(producer, "zi.planning.orgunit.v1", "id.zi.planning.orgunit.created.v1", "id", "id", "/id",
                org("id", "Nasional", "NATIONAL", null, "/id"));
        for (int p = 0; p < PROVINCES; p++) {
            send(producer, "zi.planning.orgunit.v1", "id.zi.planning.orgunit.created.v1", province(p), province(p), "/id/" + province(p),
                    org(province(p), "Provinsi " + province(p), "PROVINCE", "id", "/id/" + province(p)));
            events++;
        }
        for (int r = 0; r < REGENCIES; r++) {
            send(producer, "zi.planning.orgunit.v1", "id.zi.planning.orgunit.created.v1", regencyId(r), regencyId(r), regencyPath(r),
                    org(regencyId(r), "Kabupaten " + regencyId(r), "REGENCY", province(r % PROVINCES), regencyPath(r)));
            events++;
        }
        return events + 1;
    }

    /** The events of unit {@code i}; figures vary with i so the distributions are not flat. */
    static int unit(KafkaProducer<String, byte[]> producer, int i) {
        int r = i % REGENCIES;
        String id = regencyId(r) + ".u" + i;
        String path = regencyPath(r) + "/" + id;
        String stamp = "\"unitId\":\"" + id + "\",\"orgPath\":\"" + path + "\",\"ancestors\":" + ancestors(path);
        String plan = id + ":2026";
        send(producer, "zi.planning.orgunit.v1", "id.zi.planning.orgunit.created.v1", id, id, path,
                org(id, "Dinas " + id, "UNIT", regencyId(r), path));
        send(producer, "zi.planning.plan.v1", "id.zi.planning.plan.rows-changed.v1", plan, id, path, "{\"planId\":\"" + plan + "\"," + stamp
                + ",\"year\":2026,\"revision\":1,\"status\":\"DRAFT\",\"rows\":[{\"rowId\":\"R1\",\"area\":1,\"schedule\":[1],\"evidenceKinds\":[\"SK\"]},"
                + "{\"rowId\":\"R2\",\"area\":6,\"schedule\":[3],\"evidenceKinds\":[\"LAPORAN\",\"FOTO\"]}],\"occurredAt\":\"2026-01-05T02:00:00Z\"}");
        String status = i % 10 == 0 ? "DRAFT" : i % 10 == 1 ? "SUBMITTED" : "PUBLISHED";
        send(producer, "zi.planning.plan.v1", "id.zi.planning.plan." + status.toLowerCase() + ".v1", plan, id, path, "{\"planId\":\"" + plan
                + "\"," + stamp + ",\"year\":2026,\"revision\":1,\"status\":\"" + status + "\",\"rowCount\":2,\"occurredAt\":\"2026-01-21T01:00:00Z\"}");
        String evidence = "ev-" + id;
        String item = "{\"evidenceId\":\"" + evidence + "\"," + stamp + ",\"year\":2026,\"quarter\":1,\"kind\":\"SK\",\"title\":\"SK Tim\","
                + "\"planId\":\"" + plan + "\",\"planRows\":[\"R1\"],\"lkeQuestions\":[],\"versionCount\":1,\"reviewState\":\"%s\","
                + "\"occurredAt\":\"2026-01-22T02:15:00Z\"}";
        send(producer, "zi.evidence.evidence.v1", "id.zi.evidence.evidence.uploaded.v1", evidence, id, path, item.formatted("PENDING"));
        send(producer, "zi.evidence.evidence.v1", "id.zi.evidence.evidence.reviewed.v1", evidence, id, path,
                item.formatted(i % 3 == 0 ? "CHANGES_REQUESTED" : "ACCEPTED"));
        int done = i % 4;
        send(producer, "zi.monitoring.monev.v1", "id.zi.monitoring.monev.approved.v1", id + ":2026-Q1", id, path, "{\"monevId\":\"" + id
                + ":2026-Q1\"," + stamp + ",\"year\":2026,\"period\":\"2026-Q1\",\"cadence\":\"QUARTER\",\"periodStart\":\"2026-01-01\","
                + "\"periodEnd\":\"2026-03-31\",\"planId\":\"" + plan + "\",\"status\":\"APPROVED\",\"rowsDue\":3,\"rowsDone\":" + done
                + ",\"realisation\":{\"numerator\":" + (done * 100) + ",\"denominator\":3},\"occurredAt\":\"2026-04-15T04:20:00Z\"}");
        double self = 50 + (i * 7919 % 5000) / 100.0;
        double tpi = Math.max(0, self - (i % 13));
        for (String[] side : new String[][] {{"SELF", Double.toString(self)}, {"TPI", Double.toString(tpi)}}) {
            double total = Double.parseDouble(side[1]);
            send(producer, "zi.monitoring.assessment.v1", "id.zi.monitoring.assessment.scored.v1", plan, id, path, "{\"assessmentId\":\""
                    + plan + "\"," + stamp + ",\"year\":2026,\"side\":\"" + side[0] + "\",\"total\":" + total + ",\"hasWbk\":false,"
                    + "\"wbk\":{\"eligible\":" + (total >= 75) + ",\"failures\":[]},\"wbbm\":{\"eligible\":false,\"failures\":[]},"
                    + "\"occurredAt\":\"2026-04-20T06:10:00Z\"}");
        }
        int respondents = 20 + i % 80;
        StringBuilder elements = new StringBuilder();
        for (int e = 1; e <= 9; e++) {
            long sum = (long) respondents * (2 + (i + e) % 3);
            elements.append(e == 1 ? "" : ",").append("{\"code\":\"U").append(e).append("\",\"weight\":0.1111111111111111,\"sum\":").append(sum)
                    .append(",\"answers\":").append(respondents).append('}');
        }
        String result = "sv-" + id + ":2026-Q1";
        send(producer, "zi.survey.result.v1", "id.zi.survey.result.published.v1", result, id, path, "{\"resultId\":\"" + result
                + "\",\"revision\":1," + stamp + ",\"instrument\":\"SKM\",\"period\":{\"key\":\"2026-Q1\",\"kind\":\"QUARTER\",\"year\":2026,"
                + "\"quarter\":1},\"respondents\":" + respondents + ",\"elements\":[" + elements + "],\"weightPolicy\":\"EXACT\","
                + "\"occurredAt\":\"2026-04-05T03:12:00Z\"}");
        return 10;
    }

    static String org(String id, String name, String kind, String parent, String path) {
        return "{\"unitId\":\"" + id + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"parentId\":" + (parent == null ? "null"
                : "\"" + parent + "\"") + ",\"path\":\"" + path + "\",\"ancestors\":" + ancestors(path) + ",\"occurredAt\":\"2026-01-01T00:00:00Z\"}";
    }

    static String ancestors(String path) {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < segments.size() - 1; i++) {
            json.append(i == 0 ? "\"" : ",\"").append(segments.get(i)).append('"');
        }
        return json.append(']').toString();
    }

    static void send(KafkaProducer<String, byte[]> producer, String topic, String type, String subject, String key, String path, String data) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, data.getBytes(StandardCharsets.UTF_8));
        String[][] headers = {{"ce_specversion", "1.0"}, {"ce_id", UUID.randomUUID().toString()}, {"ce_source", "/zi/bench"},
                {"ce_type", type}, {"ce_time", Instant.now().toString()}, {"ce_subject", subject}, {"ce_tenantid", key},
                {"ce_orgpath", path}, {"ce_sequence", Long.toString(sequence++)}, {"content-type", "application/json"}};
        for (String[] header : headers) {
            record.headers().add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record);
    }

    static final Pattern UNITS = Pattern.compile("\"summary\":\\{\"units\":(\\d+)");
    static final Pattern IKM_UNITS = Pattern.compile("\"ikm\":\\{\"units\":(\\d+)");
    static final Pattern TPI_UNITS = Pattern.compile("\"tpi\":\\{\"units\":(\\d+)");
    static final Pattern MONEV_UNITS = Pattern.compile("\"monevRealisation\":\\{\"units\":(\\d+)");

    /** Until the national roll-up counts every unit with its SKM result, TPI score and monev: all projected. */
    static void waitForUnits(String service, int units) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(60));
        while (Instant.now().isBefore(deadline)) {
            String body = get(service + "/api/monitoring/rollups?orgPath=/id&year=2026&period=2026-Q1", true).body();
            if (count(UNITS, body) >= units && count(IKM_UNITS, body) >= units && count(TPI_UNITS, body) >= units
                    && count(MONEV_UNITS, body) >= units) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the read model never reached " + units + " units");
    }

    static int count(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** p50/p95/max over REQUESTS sequential requests after WARM_UP, in ms, and the response size. */
    static String time(String url, boolean authorised) throws Exception {
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            HttpResponse<String> response = get(url, authorised);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            size = response.body().length();
        }
        double[] millis = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            get(url, authorised);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d B)", millis[REQUESTS / 2], millis[(int) Math.ceil(REQUESTS * 0.95) - 1],
                millis[REQUESTS - 1], size);
    }

    static HttpResponse<String> get(String url, boolean authorised) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (authorised) {
            request.header("Authorization", "Bearer " + TOKEN.get());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void waitForService(String service) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get(service + "/actuator/health", false).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("the service did not start");
    }

    /** An issuer for realm zi on a free loopback port and one national evaluator's token (scope /id). */
    static String startIssuer() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("zi-bench-key").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/zi";
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        server.createContext("/realms/zi/protocol/openid-connect/certs", exchange -> {
            try (exchange) {
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("evaluator.nasional").jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(2)))).audience("zi-api")
                .claim("typ", "Bearer").claim("azp", "zi-cli").claim("preferred_username", "evaluator.nasional")
                .claim("realm_access", Map.of("roles", List.of("national-evaluator"))).claim("zi_unit", "id")
                .claim("zi_unit_path", "/id").claim("zi_scope_path", "/id").build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        token.sign(new RSASSASigner(key));
        TOKEN.set(token.serialize());
        return issuer;
    }
}
