package id.zi.survey.survey;

import id.zi.testkit.infra.ContainerInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same tests on MongoDB (replica set) and Kafka images, where Docker exists. */
@Testcontainers(disabledWithoutDocker = true)
class SurveyContainersIntegrationTest extends SurveyIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        long run = System.nanoTime();
        ContainerInfrastructure.shared().registerProperties(registry, "zi-survey-surveys");
        registry.add("zi.survey.consumer-group", () -> "survey-test-" + run);
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @Override
    protected String kafkaBootstrapServers() {
        return ContainerInfrastructure.shared().kafkaBootstrapServers();
    }
}
