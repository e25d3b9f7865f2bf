package id.zi.portal.unit.evidence;

import id.zi.portal.gateway.ApiProblem;
import id.zi.portal.gateway.ApiProblemException;
import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.unit.MultipartUploads;
import id.zi.portal.unit.UnitPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The unit's bukti dukung: the list with each item's review state and the TPI's reason, the page of one plan
 * row with what its evidence kinds still lack, and the upload, which streams the browser's file through to the
 * evidence API (see {@link MultipartUploads}); the API checks the type from the bytes, the quota and duplicates.
 */
@Controller
class EvidenceController {

    private static final Set<String> STATES = Set.of("PENDING", "ACCEPTED", "REJECTED", "CHANGES_REQUESTED");

    private final Gateway gateway;
    private final MultipartUploads uploads;

    EvidenceController(Gateway gateway, MultipartUploads uploads) {
        this.gateway = gateway;
        this.uploads = uploads;
    }

    /** A row's kinds as the coverage has them: ACCEPTED, PENDING, RETURNED or MISSING. */
    public record KindState(String kind, String state) {
        public String badge() {
            return switch (state) {
                case "ACCEPTED" -> "ok";
                case "PENDING" -> "warn";
                default -> "bad";
            };
        }
    }

    @GetMapping("/bukti")
    String list(@RequestParam(name = "tahun", required = false) @Nullable Integer year,
            @RequestParam(name = "status", required = false) @Nullable String state, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Model model) {
        String unit = UnitPages.unitOf(user);
        List<Integer> years = planYears(client, unit);
        int shown = year != null ? year : years.isEmpty() ? LocalDate.now().getYear() : years.getFirst();
        String filter = state != null && STATES.contains(state) ? state : null;
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/evidence/items").queryParam("unitId", unit).queryParam("year", shown)
                .queryParam("size", 200);
        if (filter != null) {
            query.queryParam("state", filter);
        }
        ApiResponse response = gateway.get(client, query.build().toUriString());
        if (!response.ok() || response.body() == null) {
            throw new ApiProblemException(response.problem());
        }
        List<EvidenceLine> items = new ArrayList<>();
        response.body().forEach(item -> items.add(EvidenceLine.of(item)));
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("state", filter);
        model.addAttribute("states", List.of("PENDING", "ACCEPTED", "CHANGES_REQUESTED", "REJECTED"));
        model.addAttribute("items", items);
        model.addAttribute("total", response.headers().getFirst("X-Total-Count"));
        return "unit/evidence";
    }

    /** One plan row: what it asks for, what its kinds lack, its evidence, and the upload for it. */
    @GetMapping("/rencana/{year}/baris/{rowId}")
    String row(@PathVariable int year, @PathVariable String rowId, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Model model) {
        String unit = UnitPages.unitOf(user);
        JsonNode plan = gateway.read(client, "/api/planning/plans/" + unit + ":" + year);
        JsonNode row = null;
        for (JsonNode candidate : plan.path("rows")) {
            if (rowId.equals(candidate.path("rowId").asString())) {
                row = candidate;
            }
        }
        if (row == null) {
            throw new ApiProblemException(new ApiProblem(404, rowId, null, null, List.of()));
        }
        List<KindState> kinds = new ArrayList<>();
        boolean coverageFailed = false;
        try {
            ApiResponse coverage = gateway.get(client, "/api/evidence/coverage/units/" + unit + "/years/" + year);
            if (coverage.ok() && coverage.body() != null) {
                for (JsonNode covered : coverage.body().path("rows")) {
                    if (rowId.equals(covered.path("rowId").asString())) {
                        covered.path("kinds").forEach(kind -> kinds.add(new KindState(kind.path("kind").asString(), kind.path("state").asString())));
                    }
                }
            } else {
                coverageFailed = coverage.status() != 404;
            }
        } catch (RuntimeException e) {
            coverageFailed = true;
        }
        JsonNode linked = gateway.read(client, UriComponentsBuilder.fromPath("/api/evidence/items").queryParam("unitId", unit).queryParam("year", year)
                .queryParam("planRow", rowId).queryParam("size", 200).build().toUriString());
        List<EvidenceLine> items = new ArrayList<>();
        linked.forEach(item -> items.add(EvidenceLine.of(item)));
        List<String> rowKinds = UnitPages.strings(row.path("evidenceKinds"));
        List<String> offered = new ArrayList<>(rowKinds);
        UnitPages.EVIDENCE_KINDS.stream().filter(kind -> !offered.contains(kind)).forEach(offered::add);
        model.addAttribute("year", year);
        model.addAttribute("planStatus", plan.path("status").asString());
        model.addAttribute("rowId", rowId);
        model.addAttribute("label", UnitPages.rowLabel(row));
        model.addAttribute("criterion", row.path("criterion").asString(""));
        model.addAttribute("steps", UnitPages.strings(row.path("actionSteps")));
        model.addAttribute("schedule", UnitPages.ints(row.path("schedule")));
        model.addAttribute("pic", UnitPages.text(row, "pic"));
        model.addAttribute("kinds", kinds);
        model.addAttribute("coverageFailed", coverageFailed);
        model.addAttribute("items", items);
        model.addAttribute("offeredKinds", offered);
        model.addAttribute("today", LocalDate.now().getYear() == year ? LocalDate.now().toString() : year + "-01-01");
        return "unit/row";
    }

    /**
     * The upload from the row page's script: the file is the request's body (not a multipart form, so nothing
     * here parses or buffers it) and the fields are in the query; the answer is the piece of page to show.
     */
    @PostMapping("/bukti/unggah")
    String upload(@RequestParam String kind, @RequestParam String title, @RequestParam String effectiveDate, @RequestParam int year,
            @RequestParam(required = false) @Nullable String planRow, @RequestParam(required = false) @Nullable String description,
            @RequestParam String fileName, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException {
        UnitPages.unitOf(user);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(new SimpleEntry<>("kind", kind));
        fields.add(new SimpleEntry<>("title", title));
        fields.add(new SimpleEntry<>("effectiveDate", effectiveDate));
        fields.add(new SimpleEntry<>("year", Integer.toString(year)));
        if (planRow != null && !planRow.isBlank()) {
            fields.add(new SimpleEntry<>("planRows", planRow));
        }
        if (description != null && !description.isBlank()) {
            fields.add(new SimpleEntry<>("description", description));
        }
        ApiResponse answer;
        try (InputStream body = request.getInputStream()) {
            answer = uploads.post(client, "/api/evidence/uploads", fields,
                    new MultipartUploads.FilePart(fileName, request.getContentType(), body, request.getContentLengthLong()), Map.of());
        }
        if (answer.ok() && answer.body() != null) {
            response.setStatus(201);
            model.addAttribute("created", EvidenceLine.of(answer.body()));
        } else {
            response.setStatus(answer.status());
            ApiProblem problem = answer.problem();
            model.addAttribute("problem", problem);
            model.addAttribute("problemFields", problem == null ? Map.of() : UnitPages.fields(problem));
            model.addAttribute("existingId", answer.body() == null ? null : UnitPages.text(answer.body(), "existingEvidenceId"));
        }
        return "unit/upload-result :: result";
    }

    /** The current version's file, streamed through from the evidence API. */
    @GetMapping("/bukti/{id}/berkas")
    void file(@PathVariable String id, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, HttpServletResponse response) {
        UnitPages.unitOf(user);
        gateway.streamTo(client, "/api/evidence/items/" + id + "/files/current", response, false);
    }

    private List<Integer> planYears(OAuth2AuthorizedClient client, String unit) {
        Map<Integer, Boolean> years = new LinkedHashMap<>();
        gateway.read(client, "/api/planning/plans?unitId=" + unit + "&size=50").forEach(plan -> years.put(plan.path("year").asInt(), true));
        List<Integer> sorted = new ArrayList<>(years.keySet());
        sorted.sort(Comparator.reverseOrder());
        return sorted;
    }
}
