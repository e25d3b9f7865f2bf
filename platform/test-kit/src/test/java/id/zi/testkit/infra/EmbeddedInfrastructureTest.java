package id.zi.testkit.infra;

/** The infrastructure checks against the in-process servers and the s3proxy child process. */
class EmbeddedInfrastructureTest extends AbstractInfrastructureTest {

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.shared();
    }
}
