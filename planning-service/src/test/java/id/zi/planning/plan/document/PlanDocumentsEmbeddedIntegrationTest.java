package id.zi.planning.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan's documents over real HTTP with real tokens on the embedded servers: the XLSX round trip, an
 * import that is refused cell by cell and saves nothing, the template, and the PDF of a signed plan read
 * back with PDFBox. Each test works on its own plan year; the years are ones the demo data leaves alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"zi.demo.enabled=true",
        "zi.events.relay-interval=200ms"})
class PlanDocumentsEmbeddedIntegrationTest {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();
    static final String PLANS = "/api/planning/plans";
    static final String MAGELANG = "33.71.dpmptsp";
    static final String NIP = "197001012000031001";
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        INFRA.registerProperties(registry, "zi-planning-documents-" + System.nanoTime());
        IDP.registerProperties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    record Reply(int status, HttpHeaders headers, byte[] bytes) {

        JsonNode body(JsonMapper json) {
            return json.readTree(bytes);
        }
    }

    Reply call(String method, String path, TestUser user, Object body, MediaType type, Map<String, String> headers) {
        RestClient.RequestBodySpec request = RestClient.create("http://127.0.0.1:" + port).method(HttpMethod.valueOf(method)).uri(path);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + IDP.token(user));
        }
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(type).body(type.equals(MediaType.APPLICATION_JSON) ? json.writeValueAsString(body) : body);
        }
        return request.exchange((req, res) -> new Reply(res.getStatusCode().value(), res.getHeaders(), res.getBody().readAllBytes()));
    }

    Reply get(String path, TestUser user) {
        return call("GET", path, user, null, null, Map.of());
    }

    Reply importXlsx(String planId, TestUser user, byte[] file, long version) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "rencana-aksi.xlsx";
            }
        });
        return call("POST", PLANS + "/" + planId + "/import.xlsx", user, form, MediaType.MULTIPART_FORM_DATA,
                Map.of("If-Match", "\"" + version + "\""));
    }

    JsonNode plan(String id) {
        Reply reply = get(PLANS + "/" + id, TestUser.operatorMagelang());
        assertThat(reply.status()).isEqualTo(200);
        return reply.body(json);
    }

    static Map<String, Object> row(String rowId, int area, String ref, String criterion, List<String> steps, List<String> evidence,
            List<Integer> months, Long budget) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rowId", rowId);
        row.put("area", area);
        row.put("indicatorRef", ref);
        row.put("indicator", "Indikator area " + area + " (" + ref + ")");
        row.put("criterion", criterion);
        row.put("actionSteps", steps);
        row.put("evidenceKinds", evidence);
        row.put("schedule", months);
        row.put("pic", "Koordinator area " + area);
        row.put("output", budget == null ? null : "Dokumen laporan");
        row.put("budget", budget);
        return row;
    }

    String create(int year) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("unitId", MAGELANG);
        plan.put("year", year);
        plan.put("legalBasis", List.of("Undang-Undang Nomor 28 Tahun 1999", "PermenPANRB Nomor 90 Tahun 2021"));
        plan.put("purpose", "Membangun Zona Integritas menuju WBK di lingkungan DPMPTSP Kota Magelang");
        plan.put("targetPrioritas", List.of("SK Tim Kerja ZI ditetapkan", "SKM setiap triwulan dengan nilai minimal 88"));
        plan.put("team", Map.of("skNumber", "800/001/DPMPTSP/" + year, "skDate", year + "-01-02", "members",
                List.of(Map.of("name", "Kepala DPMPTSP", "nip", NIP, "role", "KETUA"),
                        Map.of("name", "Koordinator Pelayanan", "nip", "198501012010011002", "role", "KOORDINATOR_AREA", "area", 6))));
        plan.put("pencanangan", year + "-01-03");
        plan.put("paktaIntegritasCount", 42);
        plan.put("rows", List.of(
                row("R1", 1, "A.I.1.i", "Tim kerja ZI ditetapkan dengan SK", List.of("Menyusun rancangan SK", "Menetapkan SK Tim"),
                        List.of("SK", "NOTULEN"), List.of(1, 2), 2_500_000L),
                row(null, 1, "A.I.1.i", "Rencana kerja disusun", List.of("Menyusun rencana kerja"), List.of("LAPORAN"), List.of(1), null),
                row("SKM-6", 6, "A.I.6.iv.a", "Survei kepuasan masyarakat setiap triwulan",
                        List.of("Menyebarkan kuesioner", "Mengolah hasil survei", "Mempublikasikan hasil"), List.of("LAPORAN", "FOTO"),
                        List.of(3, 6, 9, 12), 12_000_000L)));
        Reply created = call("POST", PLANS, TestUser.operatorMagelang(), plan, MediaType.APPLICATION_JSON, Map.of());
        assertThat(created.status()).as("create: %s", new String(created.bytes())).isEqualTo(201);
        return MAGELANG + ":" + year;
    }

    @Test
    void anExportedWorkbookImportsBackToTheSameRows() throws IOException {
        String id = create(2021);
        JsonNode before = plan(id);

        Reply exported = get(PLANS + "/" + id + "/export.xlsx", TestUser.inspektoratMagelang());
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.headers().getContentType()).isEqualTo(XLSX);
        assertThat(exported.headers().getContentDisposition().getFilename()).endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported.bytes()))) {
            Sheet rows = workbook.getSheet("Rencana Aksi");
            assertThat(cells(rows.getRow(1))).startsWith("Area", "Indikator (kode LKE)", "Indikator", "Kriteria/Target", "Langkah Aksi",
                    "Bukti Dukung", "Jan").contains("Des", "PIC", "Output", "Anggaran");
            assertThat(rows.getRow(4).getCell(4).getStringCellValue()).isEqualTo("Menyebarkan kuesioner\nMengolah hasil survei\nMempublikasikan hasil");
            assertThat(cells(rows.getRow(4)).subList(6, 18)).containsExactly("", "", "X", "", "", "X", "", "", "X", "", "", "X");
            Sheet header = workbook.getSheet("Rencana Kerja");
            assertThat(text(header)).contains("Undang-Undang Nomor 28 Tahun 1999", "SKM setiap triwulan dengan nilai minimal 88",
                    "Koordinator Pelayanan", "Membangun Zona Integritas");
        }

        Reply imported = importXlsx(id, TestUser.operatorMagelang(), exported.bytes(), before.get("version").asLong());
        assertThat(imported.status()).as("import: %s", new String(imported.bytes())).isEqualTo(200);
        JsonNode after = plan(id);
        assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong() + 1);
        assertThat(after.get("rows")).isEqualTo(before.get("rows"));
        assertThat(after.get("legalBasis")).isEqualTo(before.get("legalBasis"));

        // An edit in Excel comes back as an edit of the plan: a month added, a step removed, a row without id appended.
        byte[] edited;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported.bytes()))) {
            Sheet rows = workbook.getSheet("Rencana Aksi");
            rows.getRow(2).getCell(6 + 2).setCellValue("x");
            rows.getRow(2).getCell(4).setCellValue("Menetapkan SK Tim");
            Row added = rows.createRow(5);
            added.createCell(0).setCellValue(5);
            added.createCell(1).setCellValue("A.I.5");
            added.createCell(2).setCellValue("Pengendalian gratifikasi");
            added.createCell(3).setCellValue("Unit pengendali gratifikasi dibentuk");
            added.createCell(4).setCellValue("Membentuk UPG");
            added.createCell(5).setCellValue("sk, daftar hadir");
            added.createCell(6 + 4).setCellValue("X");
            added.createCell(18).setCellValue("Sekretaris");
            added.createCell(20).setCellValue("Rp 1.000.000");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            edited = out.toByteArray();
        }
        Reply reimported = importXlsx(id, TestUser.kepalaMagelang(), edited, after.get("version").asLong());
        assertThat(reimported.status()).as("import: %s", new String(reimported.bytes())).isEqualTo(200);
        JsonNode rows = plan(id).get("rows");
        assertThat(rows).hasSize(4);
        assertThat(rows.at("/0/schedule").toString()).isEqualTo("[1,2,3]");
        assertThat(rows.at("/0/actionSteps").toString()).isEqualTo("[\"Menetapkan SK Tim\"]");
        assertThat(rows.at("/2/rowId").asString()).isEqualTo("SKM-6");
        assertThat(rows.at("/3/rowId").asString()).isEqualTo("R3");
        assertThat(rows.at("/3/evidenceKinds").toString()).isEqualTo("[\"SK\",\"DAFTAR_HADIR\"]");
        assertThat(rows.at("/3/schedule").toString()).isEqualTo("[5]");
        assertThat(rows.at("/3/budget").asLong()).isEqualTo(1_000_000L);
    }

    @Test
    void aBrokenRowIsReportedByRowAndColumnAndNothingIsSaved() throws IOException {
        String id = create(2020);
        JsonNode before = plan(id);
        long version = before.get("version").asLong();

        Reply template = get(PLANS + "/template.xlsx", TestUser.evaluatorJateng());
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.headers().getContentType()).isEqualTo(XLSX);
        byte[] broken;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            Sheet sheet = workbook.getSheet("Rencana Aksi");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Petunjuk");
            assertThat(cells(sheet.getRow(1))).hasSize(22).startsWith("Area").endsWith("Anggaran", "ID Baris");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row good = sheet.createRow(2);
            good.createCell(0).setCellValue(2);
            good.createCell(2).setCellValue("SOP kegiatan utama");
            good.createCell(3).setCellValue("SOP ditetapkan");
            good.createCell(6).setCellValue("X");
            Row bad = sheet.createRow(3);
            bad.createCell(0).setCellValue(9);
            bad.createCell(2).setCellValue("Indikator tanpa kriteria");
            bad.createCell(6 + 3).setCellValue("13");
            bad.createCell(5).setCellValue("SK, VIDEO");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            broken = out.toByteArray();
        }
        Reply refused = importXlsx(id, TestUser.operatorMagelang(), broken, version);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().getContentType().toString()).startsWith("application/problem+json");
        JsonNode errors = refused.body(json).get("errors");
        List<String> located = new ArrayList<>();
        errors.forEach(error -> located.add(error.get("row").asInt() + ":" + error.get("column").asString()));
        assertThat(located).containsExactlyInAnyOrder("4:A", "4:D", "4:F", "4:J");
        List<String> messages = new ArrayList<>();
        errors.forEach(error -> messages.add(error.get("message").asString()));
        assertThat(messages).anyMatch(message -> message.contains("\"13\""));
        JsonNode after = plan(id);
        assertThat(after.get("version").asLong()).as("nothing saved").isEqualTo(version);
        assertThat(after.get("rows")).isEqualTo(before.get("rows"));

        // A rule only the plan knows (an LKE code of another area) is pointed at its cell too.
        byte[] wrongArea;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            Row row = workbook.getSheet("Rencana Aksi").createRow(2);
            row.createCell(0).setCellValue(2);
            row.createCell(1).setCellValue("A.I.6.iv.a");
            row.createCell(3).setCellValue("SOP ditetapkan");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            wrongArea = out.toByteArray();
        }
        Reply misplaced = importXlsx(id, TestUser.operatorMagelang(), wrongArea, version);
        assertThat(misplaced.status()).isEqualTo(400);
        assertThat(misplaced.body(json).at("/errors/0/row").asInt()).isEqualTo(3);
        assertThat(misplaced.body(json).at("/errors/0/column").asString()).isEqualTo("B");

        Reply notXlsx = importXlsx(id, TestUser.operatorMagelang(), "Area;Indikator\n1;x\n".getBytes(), version);
        assertThat(notXlsx.status()).isEqualTo(400);
        assertThat(notXlsx.body(json).get("field").asString()).isEqualTo("file");
        Reply tooBig = importXlsx(id, TestUser.operatorMagelang(), new byte[PlanDocuments.MAX_UPLOAD_BYTES + 1], version);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body(json).get("detail").asString()).contains("5 MB");
        assertThat(importXlsx(id, TestUser.inspektoratMagelang(), broken, version).status()).as("the TPI does not write plans")
                .isEqualTo(403);
        assertThat(importXlsx(id, TestUser.operatorMagelang(), template.bytes(), version - 1).status()).isEqualTo(412);
        assertThat(plan(id).get("version").asLong()).isEqualTo(version);
        Reply draft = get(PLANS + "/" + id + "/export.pdf", TestUser.operatorMagelang());
        assertThat(draft.status()).as("a draft prints as KONSEP for review").isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(draft.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("KONSEP - belum ditetapkan (status DRAFT", "RENCANA AKSI", "Belum ditandatangani").doesNotContain("NIP.");
        }
    }

    @Test
    void theApprovedPlanRendersAsAPdfWithItsRencanaAksiAndSignature() throws IOException {
        String id = create(2019);
        long version = plan(id).get("version").asLong();
        Reply submitted = call("POST", PLANS + "/" + id + "/submit", TestUser.operatorMagelang(), null, null,
                Map.of("If-Match", "\"" + version + "\""));
        assertThat(submitted.status()).isEqualTo(200);
        Map<String, Object> approval = Map.of("skNumber", "800/012/DPMPTSP", "date",
                LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString(), "signatoryName", "Drs. Bambang Sutrisno, M.Si",
                "rank", "Pembina Tingkat I (IV/b)", "nip", NIP);
        Reply approved = call("POST", PLANS + "/" + id + "/approve", TestUser.kepalaMagelang(), approval, MediaType.APPLICATION_JSON,
                Map.of("If-Match", "\"" + (version + 1) + "\""));
        assertThat(approved.status()).as("approve: %s", new String(approved.bytes())).isEqualTo(200);
        assertThat(importXlsx(id, TestUser.operatorMagelang(), get(PLANS + "/template.xlsx", TestUser.operatorMagelang()).bytes(),
                version + 2).status()).as("a signed plan changes through a new revision, not an import").isEqualTo(409);

        Reply pdf = get(PLANS + "/" + id + "/export.pdf", TestUser.inspektoratMagelang());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            PDPage first = document.getPage(0);
            boolean turned = first.getRotation() % 180 != 0;
            float width = turned ? first.getMediaBox().getHeight() : first.getMediaBox().getWidth();
            float height = turned ? first.getMediaBox().getWidth() : first.getMediaBox().getHeight();
            assertThat(width).as("A4 landscape").isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            assertThat(height).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("RENCANA KERJA", "PEMBANGUNAN ZONA INTEGRITAS", "MENUJU WBK/WBBM",
                    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Magelang", "TAHUN 2019", "BAB I", "PENDAHULUAN",
                    "Undang-Undang Nomor 28 Tahun 1999", "SKM setiap triwulan dengan nilai minimal 88", "Koordinator Pelayanan", "RENCANA AKSI",
                    "Survei kepuasan masyarakat setiap triwulan", "Mempublikasikan hasil", "12.000.000", "Magelang, ",
                    "Drs. Bambang Sutrisno, M.Si", "Pembina Tingkat I (IV/b)", "NIP. " + NIP);
            Path previews = Path.of("target", "pdf-preview");
            Files.createDirectories(previews);
            PDFRenderer renderer = new PDFRenderer(document);
            int tablePage = document.getNumberOfPages() - 1;
            for (int page : new int[] {0, tablePage}) {
                BufferedImage image = renderer.renderImageWithDPI(page, 80);
                ImageIO.write(image, "png", previews.resolve("plan-page-" + (page + 1) + ".png").toFile());
            }
            String tableText = new PDFTextStripper() {
                {
                    setStartPage(tablePage + 1);
                    setEndPage(tablePage + 1);
                }
            }.getText(document);
            assertThat(tableText).contains("RENCANA AKSI", "Jadwal Pelaksanaan", "NIP. " + NIP);
        }
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            values.add(row.getCell(c) == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(c)));
        }
        return values;
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> text.append(String.join(" | ", cells(row))).append('\n'));
        return text.toString();
    }
}
