package id.zi.planning.orgunit;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The org directory on the embedded servers that also run the local platform. */
class OrgDirectoryEmbeddedIntegrationTest extends OrgDirectoryIntegrationTests {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        INFRA.registerProperties(registry, "zi-planning-" + System.nanoTime());
        IDP.registerProperties(registry);
    }

    @Override
    String kafkaBootstrapServers() {
        return INFRA.kafkaBootstrapServers();
    }

    @Override
    void stopKafka() {
        INFRA.stopKafka();
    }

    @Override
    void startKafka() {
        INFRA.startKafka();
    }
}
