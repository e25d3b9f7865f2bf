package id.zi.survey.survey.web;

import com.mongodb.client.model.Filters;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.Callers;
import id.zi.survey.orgunit.OrgUnitProjection;
import id.zi.survey.report.Poster;
import id.zi.survey.survey.Instrument;
import id.zi.survey.survey.ServiceType;
import id.zi.survey.survey.Survey;
import id.zi.survey.survey.SurveyDraft;
import id.zi.survey.survey.SurveyLifecycle;
import id.zi.survey.survey.SurveyStore;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Surveys of the units in the caller's scope: create (own unit), read, change settings or elements (a new
 * instrument version), revoke the public link, and print the QR poster. Changes take the version read, as
 * {@code If-Match} or in the body, and answer 412 instead of overwriting someone else's change.
 */
@RestController
@RequestMapping("/api/surveys/surveys")
class SurveyController {

    static final int MAX_PAGE = 200;

    private final SurveyLifecycle lifecycle;
    private final SurveyStore store;
    private final OrgUnitProjection units;
    private final String publicBaseUrl;

    SurveyController(SurveyLifecycle lifecycle, SurveyStore store, OrgUnitProjection units,
            @Value("${zi.survey.public-base-url}") String publicBaseUrl) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.units = units;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** @param version the survey's version as read, when {@code If-Match} is not sent */
    record Changes(@Nullable String instrument, @Nullable ServiceType serviceType, @Nullable String title,
            @Nullable String periodicity, @Nullable String weightPolicy, @Nullable String scalePolicy,
            @Nullable List<SurveyDraft.ElementInput> elements, @Nullable Long version) {

        SurveyDraft draft() {
            return new SurveyDraft(instrument, serviceType, title, periodicity, weightPolicy, scalePolicy, elements);
        }
    }

    record Revoke(@Nullable Long version) {
    }

    @PostMapping
    ResponseEntity<SurveyView> create(@RequestBody Changes request) {
        Survey survey = lifecycle.create(Callers.current(), request.draft());
        return ResponseEntity.created(URI.create("/api/surveys/surveys/" + survey.id())).eTag(Versions.etag(survey.version())).body(view(survey));
    }

    @GetMapping
    ResponseEntity<List<SurveyView>> list(@RequestParam(required = false) @Nullable String unitId,
            @RequestParam(required = false) @Nullable String instrument, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw Problems.invalid("page", "0 or more");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw Problems.invalid("size", "1-" + MAX_PAGE);
        }
        List<Bson> parts = new ArrayList<>();
        if (unitId != null) {
            parts.add(Filters.eq("unitId", unitId));
        }
        if (instrument != null) {
            try {
                parts.add(Filters.eq("instrument", Instrument.valueOf(instrument.strip()).name()));
            } catch (IllegalArgumentException e) {
                throw Problems.invalid("instrument", "one of SKM, SPAK, SPKP");
            }
        }
        Bson filter = parts.isEmpty() ? null : Filters.and(parts);
        Caller caller = Callers.current();
        List<SurveyView> surveys = store.list(caller.readScope(), filter, page * size, size).stream().map(s -> view(s).summary()).toList();
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(store.count(caller.readScope(), filter))).body(surveys);
    }

    @GetMapping("/{id}")
    ResponseEntity<SurveyView> get(@PathVariable String id) {
        Survey survey = readable(id);
        return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(view(survey));
    }

    @PatchMapping("/{id}")
    ResponseEntity<SurveyView> update(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody Changes changes) {
        Survey survey = lifecycle.update(Callers.current(), id, Versions.expected(ifMatch, changes.version()), changes.draft());
        return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(view(survey));
    }

    /** A new public link; the old one answers 410 Gone. */
    @PostMapping("/{id}/link/revoke")
    ResponseEntity<SurveyView> revoke(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody(required = false) @Nullable Revoke request) {
        Survey survey = lifecycle.revokeLink(Callers.current(), id, Versions.expected(ifMatch, request == null ? null : request.version()));
        return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(view(survey));
    }

    @GetMapping("/{id}/poster.pdf")
    ResponseEntity<byte[]> posterPdf(@PathVariable String id) {
        Survey survey = readable(id);
        return document(poster(survey).pdf(), MediaType.APPLICATION_PDF, "poster-" + survey.serviceType().code() + ".pdf");
    }

    @GetMapping("/{id}/poster.png")
    ResponseEntity<byte[]> posterPng(@PathVariable String id) {
        Survey survey = readable(id);
        return document(poster(survey).png(), MediaType.IMAGE_PNG, "poster-" + survey.serviceType().code() + ".png");
    }

    private Poster poster(Survey survey) {
        return new Poster(units.nameOf(survey.unitId()), units.parentNameOf(survey.unitId()).orElse(null), survey.instrument().title(),
                survey.serviceType().name(), SurveyView.publicUrl(publicBaseUrl, survey.publicId()));
    }

    private static ResponseEntity<byte[]> document(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString()).body(bytes);
    }

    private Survey readable(String id) {
        return lifecycle.get(Callers.current(), id).orElseThrow(() -> Problems.notFound("Survey", id));
    }

    private SurveyView view(Survey survey) {
        return SurveyView.of(survey, units.nameOf(survey.unitId()), publicBaseUrl);
    }
}
