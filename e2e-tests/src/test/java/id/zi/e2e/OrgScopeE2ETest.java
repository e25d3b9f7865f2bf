package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What each demo user may see of the org directory, asked through the gateway with real Keycloak tokens. */
@ExtendWith(LocalStackExtension.class)
class OrgScopeE2ETest {

    private static E2EStack stack;

    @BeforeAll
    static void stack(E2EStack started) {
        stack = started;
    }

    @Test
    void operatorReadsTheirOwnUnit() {
        HttpResponse<String> response = stack.get("/api/planning/units/33.71.dpmptsp", stack.token("operator.magelang"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(response.body(), "$.id")).isEqualTo("33.71.dpmptsp");
        assertThat((String) JsonPath.read(response.body(), "$.path")).isEqualTo("/id/33/33.71/33.71.dpmptsp");
    }

    @Test
    void operatorCannotReadAUnitOfAnotherProvince() {
        HttpResponse<String> response = stack.get("/api/planning/units/15.dpmptsp", stack.token("operator.magelang"));

        assertThat(response.statusCode()).as(response.body()).isIn(403, 404);
        assertThat(response.body()).doesNotContain("Jambi");
    }

    @Test
    void operatorListsOnlyUnitsInsideTheirScope() {
        HttpResponse<String> response = stack.get("/api/planning/units", stack.token("operator.magelang"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> paths = JsonPath.read(response.body(), "$[*].path");
        assertThat(paths).contains("/id/33/33.71/33.71.dpmptsp")
                .allSatisfy(path -> assertThat(path).startsWith("/id/33/33.71/33.71.dpmptsp"));
    }

    @Test
    void regionalEvaluatorSeesMagelangAndPekalonganButNotJambi() {
        String token = stack.token("evaluator.jateng");

        HttpResponse<String> list = stack.get("/api/planning/units", token);

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        List<String> ids = JsonPath.read(list.body(), "$[*].id");
        List<String> paths = JsonPath.read(list.body(), "$[*].path");
        assertThat(ids).contains("33.71.dpmptsp", "33.75.dpmptsp", "33.71.inspektorat")
                .doesNotContain("15.dpmptsp", "15", "11.71.dpmptsp", "19.01.dpmptsp");
        assertThat(paths).allSatisfy(path -> assertThat(path).startsWith("/id/33"));

        assertThat(stack.get("/api/planning/units/33.75.dpmptsp", token).statusCode()).isEqualTo(200);
        assertThat(stack.get("/api/planning/units/15.dpmptsp", token).statusCode()).isIn(403, 404);
    }

    @Test
    void nationalEvaluatorSeesEveryProvince() {
        HttpResponse<String> list = stack.get("/api/planning/units", stack.token("evaluator.nasional"));

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        List<String> ids = JsonPath.read(list.body(), "$[*].id");
        assertThat(ids).contains("11.71.dpmptsp", "33.71.dpmptsp", "33.75.dpmptsp", "15.dpmptsp", "19.01.dpmptsp");
    }
}
