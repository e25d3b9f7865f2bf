package id.zi.monitoring.assessment;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Assessments on the embedded servers that also run the local platform. */
class AssessmentEmbeddedIntegrationTest extends AssessmentIntegrationTests {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        INFRA.registerProperties(registry, "zi-monitoring-assessment");
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @Override
    protected String kafkaBootstrapServers() {
        return INFRA.kafkaBootstrapServers();
    }
}
