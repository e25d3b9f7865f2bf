package id.zi.portal.unit.plan;

import id.zi.portal.gateway.ApiProblemException;
import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.unit.MultipartUploads;
import id.zi.portal.unit.UnitPages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * The unit's rencana aksi: the table by area with the month grid, and the steps of its cycle (submit,
 * approve, publish), the PDF and the Excel sheet. Which step a user may take is the planning API's decision;
 * the page only offers the ones the plan's state allows.
 */
@Controller
class PlanController {

    private final Gateway gateway;
    private final MultipartUploads uploads;

    PlanController(Gateway gateway, MultipartUploads uploads) {
        this.gateway = gateway;
        this.uploads = uploads;
    }

    /** This year's plan, else the newest the unit has, else the page to start one. */
    @GetMapping("/rencana")
    String plans(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        String unit = UnitPages.unitOf(user);
        List<Integer> years = years(client, unit);
        int thisYear = LocalDate.now().getYear();
        if (years.contains(thisYear)) {
            return "redirect:/rencana/" + thisYear;
        }
        if (!years.isEmpty()) {
            return "redirect:/rencana/" + years.getFirst();
        }
        model.addAttribute("years", years);
        model.addAttribute("year", thisYear);
        return "unit/plan-none";
    }

    @GetMapping("/rencana/{year}")
    String plan(@PathVariable int year, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Model model) {
        String unit = UnitPages.unitOf(user);
        ApiResponse response = gateway.get(client, planPath(unit, year));
        model.addAttribute("years", years(client, unit));
        model.addAttribute("year", year);
        if (response.status() == 404) {
            return "unit/plan-none";
        }
        if (!response.ok() || response.body() == null) {
            throw new ApiProblemException(response.problem());
        }
        model.addAttribute("plan", PlanView.of(response.body(), version(response)));
        model.addAttribute("fields", UnitPages.fieldsOf(model));
        return "unit/plan";
    }

    /** A new draft of the year, from the regulation's template or from last year's plan. */
    @PostMapping("/rencana")
    String create(@RequestParam int year, @RequestParam(defaultValue = "TEMPLATE") String startFrom, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, RedirectAttributes redirect) {
        String unit = UnitPages.unitOf(user);
        ApiResponse response = gateway.exchange(client, HttpMethod.POST, "/api/planning/plans",
                Map.of("unitId", unit, "year", year, "startFrom", startFrom), Map.of());
        if (!response.ok()) {
            UnitPages.problem(redirect, response.problem());
            return "redirect:/rencana/" + year;
        }
        UnitPages.success(redirect, "unit.plan.created");
        return "redirect:/rencana/" + year;
    }

    @PostMapping("/rencana/{year}/ajukan")
    String submit(@PathVariable int year, @RequestParam long version, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, RedirectAttributes redirect) {
        return step(client, user, year, "submit", Map.of("version", version), "unit.plan.submitted", redirect);
    }

    @PostMapping("/rencana/{year}/setujui")
    String approve(@PathVariable int year, @RequestParam long version, @RequestParam String skNumber, @RequestParam String date,
            @RequestParam String signatoryName, @RequestParam String rank, @RequestParam String nip, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("skNumber", skNumber);
        body.put("date", date.isBlank() ? null : date);
        body.put("signatoryName", signatoryName);
        body.put("rank", rank);
        body.put("nip", nip);
        redirect.addFlashAttribute("approval", body);
        return step(client, user, year, "approve", body, "unit.plan.approved", redirect);
    }

    @PostMapping("/rencana/{year}/terbitkan")
    String publish(@PathVariable int year, @RequestParam long version, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, RedirectAttributes redirect) {
        return step(client, user, year, "publish", Map.of("version", version), "unit.plan.published", redirect);
    }

    /** The rows from an Excel sheet (the export's layout); a bad cell comes back with its row and column. */
    @PostMapping("/rencana/{year}/impor")
    String importSheet(@PathVariable int year, @RequestParam long version, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes redirect) throws IOException {
        String unit = UnitPages.unitOf(user);
        ApiResponse response;
        try (InputStream content = file.getInputStream()) {
            response = uploads.post(client, planPath(unit, year) + "/import.xlsx", List.of(),
                    new MultipartUploads.FilePart(file.getOriginalFilename() == null ? "rencana-aksi.xlsx" : file.getOriginalFilename(),
                            file.getContentType(), content, file.getSize()),
                    Map.of("If-Match", "\"" + version + "\""));
        }
        if (!response.ok()) {
            UnitPages.problem(redirect, response.problem());
            if (response.body() != null) {
                List<String> cells = new ArrayList<>();
                response.body().path("errors").forEach(error -> {
                    if (error.has("row")) {
                        cells.add(error.path("header").asString(error.path("column").asString("")) + " " + error.path("row").asString() + ": "
                                + error.path("message").asString());
                    }
                });
                redirect.addFlashAttribute("importErrors", cells);
            }
        } else {
            UnitPages.success(redirect, "unit.plan.imported");
        }
        return "redirect:/rencana/" + year;
    }

    /** The plan as the API prints it (KONSEP before approval), streamed through. */
    @GetMapping("/rencana/{year}/rencana-aksi.pdf")
    void pdf(@PathVariable int year, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, HttpServletResponse response) {
        download(client, planPath(UnitPages.unitOf(user), year) + "/export.pdf", response);
    }

    @GetMapping("/rencana/{year}/rencana-aksi.xlsx")
    void xlsx(@PathVariable int year, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, HttpServletResponse response) {
        download(client, planPath(UnitPages.unitOf(user), year) + "/export.xlsx", response);
    }

    private void download(OAuth2AuthorizedClient client, String path, HttpServletResponse response) {
        gateway.streamTo(client, path, response, false);
    }

    private String step(OAuth2AuthorizedClient client, OidcUser user, int year, String step, Map<String, Object> body, String done,
            RedirectAttributes redirect) {
        String unit = UnitPages.unitOf(user);
        ApiResponse response = gateway.exchange(client, HttpMethod.POST, planPath(unit, year) + "/" + step, body, Map.of());
        if (response.ok()) {
            UnitPages.success(redirect, done);
        } else {
            UnitPages.problem(redirect, response.problem());
        }
        return "redirect:/rencana/" + year;
    }

    /** The unit's plan years, newest first. */
    private List<Integer> years(OAuth2AuthorizedClient client, String unit) {
        JsonNode list = gateway.read(client, "/api/planning/plans?unitId=" + unit + "&size=50");
        List<Integer> years = new ArrayList<>();
        list.forEach(plan -> years.add(plan.path("year").asInt()));
        years.sort(java.util.Comparator.reverseOrder());
        return years;
    }

    static String planPath(String unit, int year) {
        return "/api/planning/plans/" + unit + ":" + year;
    }

    private static long version(ApiResponse response) {
        String etag = response.etag();
        if (etag != null) {
            try {
                return Long.parseLong(etag);
            } catch (NumberFormatException ignored) {
                // fall back to the body's version
            }
        }
        return response.body() == null ? 0 : response.body().path("version").asLong();
    }
}
