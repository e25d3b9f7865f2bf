package id.zi.survey;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.service.ServiceBaselineTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyServiceBaselineIntegrationTest extends ServiceBaselineTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().registerProperties(registry, "zi-survey");
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @Override
    protected String apiPath() {
        return "/api/surveys/surveys";
    }
}
