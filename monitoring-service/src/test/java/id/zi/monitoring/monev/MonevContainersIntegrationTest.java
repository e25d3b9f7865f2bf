package id.zi.monitoring.monev;

import id.zi.testkit.infra.ContainerInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same tests on MongoDB (replica set) and Kafka images, where Docker exists. */
@Testcontainers(disabledWithoutDocker = true)
class MonevContainersIntegrationTest extends MonevIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.shared().registerProperties(registry, "zi-monitoring-monev");
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @Override
    protected String kafkaBootstrapServers() {
        return ContainerInfrastructure.shared().kafkaBootstrapServers();
    }
}
