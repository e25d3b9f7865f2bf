package id.zi.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The platform's storage client, as configured for this service, stores and returns bytes on a real S3 server. */
@SpringBootTest
class StorageWiringIntegrationTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().registerProperties(registry, "zi-evidence-storage");
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @Autowired
    MinioClient storage;

    @Test
    void storesAndReturnsAnObjectUnderTheUnitsKey() throws Exception {
        String bucket = "zi-evidence-wiring";
        if (!storage.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            storage.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        }
        byte[] content = "SK Tim Kerja ZI DPMPTSP Kota Magelang 2026".getBytes(StandardCharsets.UTF_8);
        String key = "33.71.dpmptsp/2026/sk-tim/1";

        storage.putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(new ByteArrayInputStream(content), (long) content.length, null)
                .contentType("application/pdf").build());

        StatObjectResponse stat = storage.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
        assertThat(stat.size()).isEqualTo(content.length);
        try (InputStream in = storage.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }
}
