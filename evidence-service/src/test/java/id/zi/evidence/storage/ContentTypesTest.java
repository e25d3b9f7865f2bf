package id.zi.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.zi.testkit.files.SampleFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void theTypeComesFromTheBytes() throws Exception {
        assertThat(ContentTypes.detect(SampleFiles.pdf("x"), "sk.pdf")).isEqualTo("application/pdf");
        assertThat(ContentTypes.detect(SampleFiles.pdf("x"), "sk")).as("no extension").isEqualTo("application/pdf");
        assertThat(ContentTypes.detect(SampleFiles.png("x"), "foto.PNG")).isEqualTo("image/png");
    }

    @Test
    void executablesScriptsAndPlainTextAreNotEvidenceWhateverTheirName() {
        assertThatThrownBy(() -> ContentTypes.detect(SampleFiles.executable(), "sk.pdf")).isInstanceOfSatisfying(UploadRejected.class,
                r -> assertThat(r.reason()).isEqualTo(UploadRejected.Reason.TYPE_NOT_ALLOWED));
        assertThatThrownBy(() -> ContentTypes.detect("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), "laporan.pdf"))
                .isInstanceOf(UploadRejected.class);
        assertThatThrownBy(() -> ContentTypes.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "a.docx"))
                .isInstanceOf(UploadRejected.class);
    }

    @Test
    void aNameThatContradictsTheBytesIsRefused() {
        assertThatThrownBy(() -> ContentTypes.detect(SampleFiles.png("x"), "sk.pdf")).isInstanceOfSatisfying(UploadRejected.class,
                r -> assertThat(r.reason()).isEqualTo(UploadRejected.Reason.NAME_MISMATCH));
    }

    @Test
    void theGuardedStreamCountsHashesAndStopsAtTheLimit() throws Exception {
        byte[] pdf = SampleFiles.pdf("guarded");
        GuardedUpload upload = GuardedUpload.open(new ByteArrayInputStream(pdf), "a.pdf", pdf.length, "the limit", () -> { });
        assertThat(upload.readAllBytes()).isEqualTo(pdf);
        assertThat(upload.size()).isEqualTo(pdf.length);
        assertThat(upload.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));

        GuardedUpload tooBig = GuardedUpload.open(new ByteArrayInputStream(pdf), "a.pdf", pdf.length - 1, "the limit", () -> { });
        assertThatThrownBy(tooBig::readAllBytes).isInstanceOfSatisfying(UploadRejected.class,
                r -> assertThat(r.reason()).isEqualTo(UploadRejected.Reason.TOO_LARGE));
        assertThatThrownBy(() -> GuardedUpload.open(new ByteArrayInputStream(new byte[0]), "a.pdf", 10, "the limit", () -> { }))
                .isInstanceOfSatisfying(UploadRejected.class, r -> assertThat(r.reason()).isEqualTo(UploadRejected.Reason.EMPTY));
    }
}
