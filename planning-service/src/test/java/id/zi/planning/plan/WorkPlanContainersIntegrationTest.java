package id.zi.planning.plan;

import id.zi.testkit.infra.ContainerInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same tests on MongoDB (replica set), Kafka and MinIO images, where Docker exists. */
@Testcontainers(disabledWithoutDocker = true)
class WorkPlanContainersIntegrationTest extends WorkPlanIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.shared().registerProperties(registry, "zi-planning-plans");
        IDP.registerProperties(registry);
    }

    @Override
    String kafkaBootstrapServers() {
        return ContainerInfrastructure.shared().kafkaBootstrapServers();
    }
}
