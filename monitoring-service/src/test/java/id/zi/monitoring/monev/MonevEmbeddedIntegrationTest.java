package id.zi.monitoring.monev;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Monev on the embedded servers that also run the local platform. */
class MonevEmbeddedIntegrationTest extends MonevIntegrationTests {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        INFRA.registerProperties(registry, "zi-monitoring-monev");
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @Override
    protected String kafkaBootstrapServers() {
        return INFRA.kafkaBootstrapServers();
    }
}
