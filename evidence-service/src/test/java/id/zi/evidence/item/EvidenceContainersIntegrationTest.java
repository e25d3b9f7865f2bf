package id.zi.evidence.item;

import id.zi.testkit.infra.ContainerInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same tests on MongoDB (replica set), Kafka and MinIO images, where Docker exists. */
@Testcontainers(disabledWithoutDocker = true)
class EvidenceContainersIntegrationTest extends EvidenceIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.shared().registerProperties(registry, "zi-evidence-items");
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @Override
    protected String kafkaBootstrapServers() {
        return ContainerInfrastructure.shared().kafkaBootstrapServers();
    }
}
