package id.zi.monitoring.rollup;

import id.zi.testkit.infra.ContainerInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same tests on MongoDB (replica set) and Kafka images, where Docker exists. */
@Testcontainers(disabledWithoutDocker = true)
class RollupContainersIntegrationTest extends RollupIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.shared().registerProperties(registry, "zi-monitoring-rollup");
        TestIdentityProvider.shared().registerProperties(registry);
        registry.add("zi.monitoring.rollup.group-id", () -> "monitoring-rollup-test-" + UUID.randomUUID());
    }

    @Override
    protected String kafkaBootstrapServers() {
        return ContainerInfrastructure.shared().kafkaBootstrapServers();
    }
}
