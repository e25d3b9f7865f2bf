package id.zi.testkit.infra;

import org.testcontainers.junit.jupiter.Testcontainers;

/** The same checks against Testcontainers images; skipped where no Docker engine answers. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureTest extends AbstractInfrastructureTest {

    @Override
    protected TestInfrastructure infrastructure() {
        return ContainerInfrastructure.shared();
    }
}
