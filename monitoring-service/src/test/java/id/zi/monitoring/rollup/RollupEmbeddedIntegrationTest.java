package id.zi.monitoring.rollup;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Roll-ups on the embedded servers that also run the local platform. */
class RollupEmbeddedIntegrationTest extends RollupIntegrationTests {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        INFRA.registerProperties(registry, "zi-monitoring-rollup");
        TestIdentityProvider.shared().registerProperties(registry);
        // a group of its own: other test contexts of this JVM consume the same topics into their own databases
        registry.add("zi.monitoring.rollup.group-id", () -> "monitoring-rollup-test-" + UUID.randomUUID());
    }

    @Override
    protected String kafkaBootstrapServers() {
        return INFRA.kafkaBootstrapServers();
    }
}
