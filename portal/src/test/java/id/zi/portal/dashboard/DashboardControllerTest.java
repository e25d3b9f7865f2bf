package id.zi.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.zi.portal.testing.StubApi;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The dashboard pages rendered with the real templates and bundles for a signed-in national evaluator, the portal's
 * own gateway client calling a stub HTTP API that answers as monitoring-service and planning-service do.
 */
@SpringBootTest(properties = "ZI_ISSUER_URI=http://keycloak.test:8180/realms/zi")
@AutoConfigureMockMvc
class DashboardControllerTest {

    static final StubApi api = new StubApi();

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("zi.gateway-url", api::url);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static final String ROLLUP = "/api/monitoring/rollups?year=2024";
    static final String RANKING = "/api/monitoring/rollups/ranking?year=2024&by=lkeTpi&limit=20";

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    OAuth2AuthorizedClientService clients;

    MockHttpSession session;

    @BeforeEach
    void signIn() {
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(300), Map.of("sub", "u-1",
                "preferred_username", "evaluator.nasional", "name", "Evaluator Nasional", "zi_scope_path", "/id",
                "realm_access", Map.of("roles", List.of("national-evaluator"))));
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken, "preferred_username");
        OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(registrations.findByRegistrationId("keycloak"), "evaluator.nasional",
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now, now.plusSeconds(300)));
        OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
        // as after a real sign-in: the context in the session, the tokens in the authorized-client service
        session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(authentication));
        clients.saveAuthorizedClient(client, authentication);
        api.reset();
        api.json("/api/planning/units/id", "{\"id\":\"id\",\"name\":\"Republik Indonesia\",\"kind\":\"NATIONAL\"}");
    }

    private String page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theNationalRollUpShowsTotalsChildrenChartsAndRankingInIndonesian() throws Exception {
        api.json(ROLLUP, RollupFixtures.NATIONAL_2024);
        api.json(RANKING, RollupFixtures.RANKING_NATIONAL_2024);

        String html = page("/dasbor?year=2024");

        assertThat(html).contains("<html lang=\"id\"", "<h1 id=\"judul-dasbor\">Republik Indonesia</h1>",
                "<span aria-current=\"page\">Republik Indonesia</span>", "Tahun 2024",
                "id=\"jumlah-unit\">5<", "1 di antaranya", "Belum ada rencana",
                // two decimals with a decimal comma; pooled and mean of units both there, each labelled
                "id=\"ikm-gabungan\">85,12<", "id=\"ikm-rata\">85,00<", "IKM gabungan seluruh responden", "Rata-rata unit",
                "id=\"lke-mandiri\">75,46<", "id=\"lke-tpi\">–<", "id=\"cakupan-bukti\">3,33 %<", "id=\"realisasi-gabungan\">62,50 %<",
                "id=\"ipak-gabungan\">3,51<",
                // drill-down links keep the year
                "href=\"/dasbor?orgPath=/id/33&amp;year=2024\"", ">Provinsi Jawa Tengah</a>", ">Provinsi Aceh</a>",
                "/dist/chart.umd.js", "/js/dashboard.js", "data-charts=\"{&quot;locale&quot;:&quot;id&quot;",
                "id=\"tabel-sebaran-lke\"", "id=\"tabel-ikm\"", "id=\"tabel-kesiapan\"",
                "data-unit-id=\"33.71.dpmptsp\"", "href=\"/dasbor?orgPath=/id/33/33.71/33.71.dpmptsp&amp;year=2024\"",
                "href=\"/dasbor/ekspor?orgPath=/id&amp;year=2024\"");
        assertThat(html).doesNotContain("??evaluator");
        assertThat(api.asked()).as("every call carries the user's own token")
                .allSatisfy(asked -> assertThat(asked.authorization()).isEqualTo("Bearer access-token"));
    }

    @Test
    void englishWritesDecimalsWithAPoint() throws Exception {
        api.json(ROLLUP, RollupFixtures.NATIONAL_2024);
        api.json(RANKING, RollupFixtures.RANKING_NATIONAL_2024);

        String html = page("/dasbor?year=2024&lang=en");

        assertThat(html).contains("<html lang=\"en\"", "Year 2024", "id=\"ikm-gabungan\">85.12<", "id=\"cakupan-bukti\">3.33 %<",
                "No plan yet", "Mean of units", "Ranking of units");
    }

    @Test
    void aBareQuarterBelongsToTheChosenYearAndTheNodeIsAsked() throws Exception {
        String rollup = "/api/monitoring/rollups?orgPath=/id/33&year=2024&period=2024-Q1";
        api.json(rollup, RollupFixtures.NATIONAL_2024.replace("\"orgPath\":\"/id\",\"year\":2024,\"period\":null",
                "\"orgPath\":\"/id/33\",\"year\":2024,\"period\":\"2024-Q1\""));
        api.json("/api/monitoring/rollups/ranking?orgPath=/id/33&year=2024&period=2024-Q1&by=ikm&limit=20", RollupFixtures.RANKING_NATIONAL_2024);
        api.json("/api/planning/units/33", "{\"id\":\"33\",\"name\":\"Provinsi Jawa Tengah\",\"kind\":\"PROVINCE\"}");

        String html = page("/dasbor?orgPath=/id/33&year=2024&period=Q1&by=ikm");

        assertThat(html).contains("<h1 id=\"judul-dasbor\">Provinsi Jawa Tengah</h1>", "Periode 2024-Q1",
                "<a href=\"/dasbor?orgPath=/id&amp;year=2024&amp;period=2024-Q1\">Republik Indonesia</a>",
                "<option value=\"Q1\" selected=\"selected\">Triwulan I</option>", "<option value=\"ikm\" selected=\"selected\">IKM</option>");
    }

    @Test
    void theApisProblemWithTheYearIsShownNextToTheYear() throws Exception {
        api.problem("/api/monitoring/rollups?year=1999", 400, "{\"title\":\"Invalid input\",\"detail\":\"year 1999 is out of range\",\"field\":\"year\","
                + "\"errors\":[{\"field\":\"year\",\"message\":\"year 1999 is out of range\"}]}");

        String html = page("/dasbor?year=1999");

        assertThat(html).contains("id=\"galat-year\">year 1999 is out of range<", "aria-invalid=\"true\"")
                .doesNotContain("id=\"ringkasan\"");
    }

    @Test
    void aNodeOutsideTheScopeIsTheProblemPage() throws Exception {
        api.problem("/api/monitoring/rollups?orgPath=/id/99&year=2024", 404,
                "{\"title\":\"Not found\",\"detail\":\"Org node /id/99 does not exist or is outside your scope\"}");

        MvcResult result = mvc.perform(get("/dasbor?orgPath=/id/99&year=2024").session(session)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"pesan-galat\">Org node /id/99 does not exist or is outside your scope<", "id=\"form-periode\"")
                .doesNotContain("id=\"ringkasan\"");
    }

    @Test
    void aMalformedOrgPathNeverReachesTheApi() throws Exception {
        String html = page("/dasbor?orgPath=/id/33%26by=x&year=2024");

        assertThat(html).contains("id=\"galat-orgPath\">Wilayah tidak dikenal");
        assertThat(api.asked()).noneMatch(asked -> asked.pathAndQuery().startsWith("/api/monitoring"));
    }

    @Test
    void theRankingAloneForHtmx() throws Exception {
        api.json("/api/monitoring/rollups/ranking?orgPath=/id&year=2024&by=lkeSelf&limit=20", RollupFixtures.RANKING_NATIONAL_2024);

        String html = page("/dasbor/peringkat?orgPath=/id&year=2024&by=lkeSelf");

        assertThat(html).startsWith("<section id=\"peringkat\"").contains("20 unit teratas menurut Nilai LKE mandiri", ">75,46<",
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Magelang").doesNotContain("<html", "id=\"ringkasan\"");
    }

    @Test
    void theExportIsStreamedWithTheApisFileName() throws Exception {
        api.answer("/api/monitoring/rollups/export?orgPath=/id/33&year=2024&format=csv", 200, "text/csv;charset=UTF-8",
                "unitId,name\r\n33.71.dpmptsp,DPMPTSP\r\n", Map.of("Content-Disposition", "attachment; filename=\"rollup_id_33_2024.csv\""));

        MvcResult result = mvc.perform(get("/dasbor/ekspor?orgPath=/id/33&year=2024").session(session)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("rollup_id_33_2024.csv");
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("33.71.dpmptsp,DPMPTSP");
    }

    @Test
    void anExportTheApiRefusesShowsTheProblemInsideThePortalsFrame() throws Exception {
        api.problem("/api/monitoring/rollups/export?orgPath=/id/99&year=2024&format=csv", 404,
                "{\"status\": 404, \"title\": \"Not Found\", \"detail\": \"Org node /id/99 not found\"}");

        MvcResult result = mvc.perform(get("/dasbor/ekspor?orgPath=/id/99&year=2024").session(session)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Permintaan tidak dapat dipenuhi",
                "Org node /id/99 not found", "id=\"nav-dasbor\"", "Evaluator Nasional", "lang=en\" lang=\"en\"");
    }

    @Test
    void withoutSignInTheDashboardGoesToKeycloak() throws Exception {
        MvcResult result = mvc.perform(get("/dasbor")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(api.asked()).isEmpty();
    }
}
