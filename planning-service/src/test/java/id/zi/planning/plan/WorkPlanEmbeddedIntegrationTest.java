package id.zi.planning.plan;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The work plan on the embedded servers that also run the local platform. */
class WorkPlanEmbeddedIntegrationTest extends WorkPlanIntegrationTests {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        INFRA.registerProperties(registry, "zi-planning-plans-" + System.nanoTime());
        IDP.registerProperties(registry);
    }

    @Override
    String kafkaBootstrapServers() {
        return INFRA.kafkaBootstrapServers();
    }
}
