package id.zi.planning.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo plan of DPMPTSP Kota Magelang, transcribed from its seed, prints with its whole rencana aksi table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zi.demo.enabled=true")
class DemoPlanPdfEmbeddedIntegrationTest {

    static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().registerProperties(registry, "zi-planning-demo-pdf-" + System.nanoTime());
        IDP.registerProperties(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void theMagelangDemoPlanRendersWithItsRencanaAksi() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/planning/plans/33.71.dpmptsp:2024/export.pdf")).timeout(Duration.ofSeconds(30))
                .header("Authorization", IDP.bearer(TestUser.operatorMagelang())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);

        try (PDDocument document = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA MAGELANG", "TAHUN 2024",
                    "RENCANA AKSI", "AREA I. MANAJEMEN PERUBAHAN", "AREA VI. PENINGKATAN KUALITAS PELAYANAN PUBLIK", "KONSEP");
            assertThat(document.getNumberOfPages()).isGreaterThan(5);

            // for a person to look at: the first page of the rencana aksi table
            Path previews = Files.createDirectories(Path.of("target", "pdf-preview"));
            PDFRenderer renderer = new PDFRenderer(document);
            ImageIO.write(renderer.renderImageWithDPI(0, 80), "png", previews.resolve("demo-magelang-page-1.png").toFile());
            int tablePage = firstPageContaining(document, "Jadwal Pelaksanaan");
            assertThat(tablePage).isPositive();
            ImageIO.write(renderer.renderImageWithDPI(tablePage - 1, 80), "png", previews.resolve("demo-magelang-rencana-aksi.png").toFile());
        }
    }

    private static int firstPageContaining(PDDocument document, String needle) throws Exception {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(needle)) {
                return page;
            }
        }
        return -1;
    }
}
