package id.zi.evidence.assessment;

import com.mongodb.client.model.Filters;
import id.zi.evidence.catalog.LkeCatalog;
import id.zi.evidence.item.EvidenceItem;
import id.zi.evidence.item.EvidenceQueries;
import id.zi.evidence.plan.PlanCopy;
import id.zi.evidence.plan.PlanProjection;
import id.zi.evidence.storage.EvidenceStorage;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.Callers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's accepted evidence for a year as one ZIP, folders by area and indicator, with an index
 * ({@code INDEKS.csv}) of every file, its checksum and its review. The ZIP is written to the response as
 * each object is read from the store: neither the archive nor a file is ever held whole.
 */
@RestController
class PackageController {

    private final EvidenceQueries evidence;
    private final PlanProjection plans;
    private final LkeCatalog catalog;
    private final EvidenceStorage storage;

    PackageController(EvidenceQueries evidence, PlanProjection plans, LkeCatalog catalog, EvidenceStorage storage) {
        this.evidence = evidence;
        this.plans = plans;
        this.catalog = catalog;
        this.storage = storage;
    }

    @GetMapping("/api/evidence/units/{unitId}/years/{year}/package")
    ResponseEntity<StreamingResponseBody> assessmentPackage(@PathVariable String unitId, @PathVariable int year) {
        Caller caller = Callers.current();
        List<EvidenceItem> accepted = new ArrayList<>();
        evidence.forEach(caller, Filters.and(Filters.eq("unitId", unitId), Filters.eq("year", year), Filters.eq("review.state", "ACCEPTED")),
                accepted::add);
        Optional<PlanCopy> plan = plans.find(PlanCopy.idOf(unitId, year)).filter(p -> caller.canSee(p.orgPath()));
        if (accepted.isEmpty() && plan.isEmpty()) {
            throw Problems.notFound("Accepted evidence of unit " + unitId + " for", Integer.toString(year));
        }
        storage.requireAvailable();
        List<AssessmentPackage.Entry> entries = AssessmentPackage.layout(accepted, plan, catalog);
        StreamingResponseBody body = out -> write(out, unitId, year, entries);
        String name = "bukti-" + unitId + "-" + year + ".zip";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private void write(OutputStream out, String unitId, int year, List<AssessmentPackage.Entry> entries) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (AssessmentPackage.Entry entry : entries) {
            ZipEntry zipEntry = new ZipEntry(entry.path());
            zipEntry.setTime(entry.file().uploadedAt().toEpochMilli());
            zip.putNextEntry(zipEntry);
            try (InputStream in = storage.open(entry.file().key())) {
                in.transferTo(zip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry("INDEKS.csv"));
        zip.write(index(unitId, year, entries).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** UTF-8 with a byte-order mark, so a spreadsheet opens the Indonesian titles correctly. */
    private static String index(String unitId, int year, List<AssessmentPackage.Entry> entries) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("unit,tahun,berkas,id_bukti,jenis,judul,tanggal_bukti,triwulan,versi,sha256,ukuran_byte,ditinjau_oleh,ditinjau_pada,"
                + "baris_rencana_aksi,pertanyaan_lke\r\n");
        for (AssessmentPackage.Entry entry : entries) {
            EvidenceItem item = entry.item();
            csv.append(String.join(",", List.of(cell(unitId), cell(Integer.toString(year)), cell(entry.path()), cell(item.id()),
                    cell(item.kind().name()), cell(item.title()), cell(item.effectiveDate().toString()), cell(Integer.toString(item.quarter())),
                    cell(Integer.toString(entry.file().number())), cell(entry.file().sha256()), cell(Long.toString(entry.file().size())),
                    cell(item.review().by()), cell(item.review().at() == null ? "" : item.review().at().toString()),
                    cell(item.links().planRows().stream().collect(Collectors.joining(" "))),
                    cell(item.links().lkeQuestions().stream().collect(Collectors.joining(" "))))));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** Quoted as RFC 4180 says; a leading formula character is defused so a spreadsheet shows text, not a formula. */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
