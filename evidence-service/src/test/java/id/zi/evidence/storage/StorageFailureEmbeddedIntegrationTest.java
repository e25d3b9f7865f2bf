package id.zi.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import id.zi.evidence.EvidenceApi;
import id.zi.testkit.files.SampleFiles;
import id.zi.evidence.EvidenceApi.Form;
import id.zi.evidence.EvidenceApi.Reply;
import id.zi.evidence.item.EvidenceStore;
import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The S3 server stopped and started under the running service, a full bulkhead, and a crash between the
 * object and its metadata: uploads fail fast with 503, nothing is left half-written, and work resumes.
 * Embedded only: the test stops and starts the shared S3 server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"zi.evidence.max-concurrent-uploads=1",
        "zi.evidence.breaker.wait-in-open=2s"})
class StorageFailureEmbeddedIntegrationTest {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();
    static final String MAGELANG = "33.71.dpmptsp";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        INFRA.registerProperties(registry, "zi-evidence-failures-" + System.nanoTime());
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    MinioClient minio;

    @Autowired
    Bulkhead uploads;

    @Autowired
    UploadIntents intents;

    @Autowired
    EvidenceStorage storage;

    @Autowired
    EvidenceStore store;

    @Autowired
    MongoDatabase database;

    EvidenceApi api() {
        return new EvidenceApi("http://127.0.0.1:" + port, json);
    }

    static Form form(int year, String text) {
        return new Form().field("kind", "LAPORAN").field("title", "Laporan " + text).field("effectiveDate", year + "-02-01")
                .field("year", Integer.toString(year)).file("laporan.pdf", SampleFiles.pdf(text), "application/pdf");
    }

    List<String> objectsUnder(String prefix) throws Exception {
        List<String> keys = new ArrayList<>();
        for (Result<Item> result : minio.listObjects(ListObjectsArgs.builder().bucket("zi-evidence").prefix(prefix).recursive(true).build())) {
            keys.add(result.get().objectName());
        }
        return keys;
    }

    long evidenceOf(int year) {
        return database.getCollection(EvidenceStore.COLLECTION).countDocuments(Filters.and(Filters.eq("unitId", MAGELANG), Filters.eq("year", year)));
    }

    @Test
    void withTheStoreDownUploadsFailFastWith503LeaveNothingAndWorkAgainWhenItReturns() throws Exception {
        assertThat(api().upload(TestUser.operatorMagelang(), form(2001, "sebelum")).status()).isEqualTo(201);
        INFRA.stopS3();
        List<Long> millis = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                Reply reply = api().upload(TestUser.operatorMagelang(), form(2002, "saat mati " + i));
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                assertThat(reply.status()).as("%s", reply.body()).isEqualTo(503);
                assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                assertThat(reply.header("Retry-After")).isNotBlank();
            }
            assertThat(millis).as("every refusal within a second: %s", millis).allMatch(ms -> ms < 1000);
            assertThat(evidenceOf(2002)).as("no metadata without an object").isZero();
        } finally {
            INFRA.startS3();
        }
        Reply after = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            after = api().upload(TestUser.operatorMagelang(), form(2002, "setelah"));
            if (after.status() != 503) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(after.status()).as("uploads work again: %s", after.body()).isEqualTo(201);
        assertThat(evidenceOf(2002)).isEqualTo(1);
        assertThat(objectsUnder(MAGELANG + "/2002/")).as("only the upload that succeeded left an object").hasSize(1);
    }

    @Test
    void whenEveryUploadSlotIsTakenTheNextUploadIsTurnedAwayAtOnceAndTheFirstCompletes() throws Exception {
        // Large enough that the client has sent the file's first bytes while the rest is held back.
        byte[] large = java.util.Arrays.copyOf(SampleFiles.pdf("lambat"), 256 * 1024);
        Form slow = new Form().field("kind", "LAPORAN").field("title", "Laporan lambat").field("effectiveDate", "2003-02-01")
                .field("year", "2003").file("laporan.pdf", large, "application/pdf");
        byte[] body = slow.bytes();
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream pipe = new PipedInputStream(feed, 64 * 1024);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/evidence/uploads"))
                .header("Authorization", "Bearer " + TestIdentityProvider.shared().token(TestUser.operatorMagelang()))
                .header("Content-Type", slow.contentType()).POST(HttpRequest.BodyPublishers.ofInputStream(() -> pipe)).build();
        CompletableFuture<HttpResponse<String>> first = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(request, HttpResponse.BodyHandlers.ofString());
        int half = body.length / 2;
        feed.write(body, 0, half);
        feed.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (uploads.getMetrics().getAvailableConcurrentCalls() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(uploads.getMetrics().getAvailableConcurrentCalls()).as("the slow upload holds the only slot").isZero();

        Reply turnedAway = api().upload(TestUser.operatorMagelang(), form(2003, "kedua"));

        assertThat(turnedAway.status()).isEqualTo(503);
        assertThat(turnedAway.body().get("type").asString()).endsWith("/uploads-busy");
        assertThat(turnedAway.header("Retry-After")).isEqualTo("5");
        feed.write(body, half, body.length - half);
        feed.close();
        assertThat(first.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        assertThat(api().upload(TestUser.operatorMagelang(), form(2003, "ketiga")).status()).isEqualTo(201);
    }

    @Test
    void anObjectLeftByAnUploadThatDiedIsSweptAndOneWithMetadataIsKept() throws Exception {
        Reply kept = api().upload(TestUser.operatorMagelang(), form(2004, "tersimpan"));
        String orphan = MAGELANG + "/2004/ev-orphan/1";
        byte[] bytes = SampleFiles.pdf("orphan");
        minio.putObject(PutObjectArgs.builder().bucket("zi-evidence").object(orphan).stream(new ByteArrayInputStream(bytes), (long) bytes.length, null)
                .build());
        intents.begin(orphan, "ev-orphan");
        String keptKey = MAGELANG + "/2004/" + kept.body().get("id").asString() + "/1";
        intents.begin(keptKey, kept.body().get("id").asString());
        Thread.sleep(20);

        int removed = new OrphanSweeper(intents, storage, store::describesObject, Duration.ZERO).sweep();

        assertThat(removed).isEqualTo(1);
        assertThat(objectsUnder(MAGELANG + "/2004/")).containsExactly(keptKey);
        assertThat(database.getCollection(UploadIntents.COLLECTION).countDocuments()).isZero();
    }
}
