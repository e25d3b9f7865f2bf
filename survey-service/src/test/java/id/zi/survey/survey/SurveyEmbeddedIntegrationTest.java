package id.zi.survey.survey;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Surveys on the embedded servers that also run the local platform. */
class SurveyEmbeddedIntegrationTest extends SurveyIntegrationTests {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        long run = System.nanoTime();
        INFRA.registerProperties(registry, "zi-survey-surveys-" + run);
        registry.add("zi.survey.consumer-group", () -> "survey-test-" + run);
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @Override
    protected String kafkaBootstrapServers() {
        return INFRA.kafkaBootstrapServers();
    }
}
