package id.zi.evidence.demo;

import com.mongodb.client.model.Filters;
import id.zi.evidence.item.EvidenceDraft;
import id.zi.evidence.item.EvidenceItem;
import id.zi.evidence.item.EvidenceLifecycle;
import id.zi.evidence.item.EvidenceQueries;
import id.zi.evidence.plan.PlanCopy;
import id.zi.evidence.plan.PlanProjection;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.OrgScope;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Evidence for the demo plan of DPMPTSP Kota Magelang (2024), uploaded by its operator and reviewed by
 * the inspectorate through the same lifecycle a unit's would go through, once the plan's rows have
 * arrived from planning: some accepted, one awaiting review, one rejected and one sent back, so the
 * coverage shows every state. Nothing is added when the unit has evidence for the year already.
 */
@Component
@ConditionalOnProperty(name = "zi.demo.enabled", havingValue = "true")
class DemoEvidence implements ApplicationRunner {

    static final String UNIT = "33.71.dpmptsp";
    static final int YEAR = 2024;
    private static final Logger log = LoggerFactory.getLogger(DemoEvidence.class);

    private record DemoItem(String kind, String title, String effectiveDate, List<String> rows, List<String> questions, String fileName,
            byte[] bytes, EvidenceLifecycle.Decision decision, String reason) {
    }

    private final EvidenceLifecycle lifecycle;
    private final EvidenceQueries queries;
    private final PlanProjection plans;

    DemoEvidence(EvidenceLifecycle lifecycle, EvidenceQueries queries, PlanProjection plans) {
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("demo-evidence").start(this::loadWhenThePlanArrives);
    }

    private void loadWhenThePlanArrives() {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(giveUp)) {
            try {
                Optional<PlanCopy> plan = plans.find(PlanCopy.idOf(UNIT, YEAR));
                if (plan.isPresent() && !plan.get().rows().isEmpty()) {
                    load(plan.get());
                    return;
                }
            } catch (RuntimeException e) {
                log.info("demo evidence waits for the store and database: {}", e.getMessage());
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("demo evidence not loaded: the plan {} did not arrive from planning within 10 minutes", PlanCopy.idOf(UNIT, YEAR));
    }

    private void load(PlanCopy plan) {
        OrgScope own = new OrgScope(plan.orgPath());
        Caller operator = new Caller("operator.magelang", Set.of(EvidenceLifecycle.UNIT_OPERATOR), UNIT, own, own);
        String instansiPath = plan.orgPath().substring(0, plan.orgPath().lastIndexOf('/'));
        Caller tpi = new Caller("inspektorat.magelang", Set.of(EvidenceLifecycle.TPI_EVALUATOR), "33.71.inspektorat", null,
                new OrgScope(instansiPath));
        if (queries.count(operator, Filters.and(Filters.eq("unitId", UNIT), Filters.eq("year", YEAR))) > 0) {
            return;
        }
        for (DemoItem demo : items()) {
            EvidenceItem item = lifecycle.upload(operator, new EvidenceDraft(demo.kind(), demo.title(), null, demo.effectiveDate(), YEAR,
                    demo.rows(), demo.questions()), new Bytes(demo.fileName(), demo.bytes()));
            if (demo.decision() != null) {
                lifecycle.review(tpi, item.id(), item.version(), demo.decision(), demo.reason(), null);
            }
        }
        log.info("demo evidence of {} for {} loaded: {} items", UNIT, YEAR, items().size());
    }

    private static List<DemoItem> items() {
        return List.of(
                new DemoItem("SK", "SK Kepala DPMPTSP tentang Tim Kerja Pembangunan Zona Integritas Tahun 2024", "2024-01-08", List.of("R1"),
                        List.of("A.I.1.i.a"), "SK-Tim-Kerja-ZI-2024.pdf", DemoFiles.pdf("KEPUTUSAN KEPALA DPMPTSP KOTA MAGELANG", List.of(
                                "Nomor: 800/017/110 Tahun 2024", "Tentang Tim Kerja Pembangunan Zona Integritas Menuju WBK/WBBM",
                                "Menetapkan susunan Tim Kerja sebagaimana tercantum dalam Lampiran.")),
                        EvidenceLifecycle.Decision.ACCEPT, null),
                new DemoItem("NOTULEN", "Notulen rapat pembentukan Tim Kerja ZI", "2024-01-10", List.of("R1"), List.of(),
                        "Notulen-Rapat-Tim-ZI.pdf", DemoFiles.pdf("NOTULEN RAPAT", List.of("Hari/tanggal: Rabu, 10 Januari 2024",
                                "Acara: Pembentukan Tim Kerja Zona Integritas", "Peserta: 24 orang (daftar hadir terlampir)")),
                        null, null),
                new DemoItem("FOTO", "Foto rapat pembentukan Tim Kerja ZI", "2024-01-10", List.of("R1"), List.of(), "Foto-Rapat-Tim-ZI.jpg",
                        DemoFiles.image("jpg", "Rapat Tim Kerja ZI - DPMPTSP Kota Magelang", new Color(0x1F4E79)),
                        EvidenceLifecycle.Decision.REJECT, "Foto tidak menunjukkan tanggal dan suasana rapat; unggah foto dengan keterangan waktu"),
                new DemoItem("SCREENSHOT", "Tangkapan layar Rencana Pembangunan ZI di situs DPMPTSP", "2024-01-20", List.of("R2"), List.of(),
                        "Rencana-ZI-di-situs.png", DemoFiles.image("png", "dpmptsp.magelangkota.go.id - Rencana Pembangunan ZI", new Color(0x2E7D32)),
                        EvidenceLifecycle.Decision.ACCEPT, null),
                new DemoItem("SOP", "SOP Pelayanan Perizinan Berusaha", "2024-02-15", List.of("R8"), List.of(), "SOP-Perizinan-Berusaha.pdf",
                        DemoFiles.pdf("STANDAR OPERASIONAL PROSEDUR", List.of("Pelayanan Perizinan Berusaha Berbasis Risiko",
                                "Dasar hukum: PP 5/2021", "Waktu penyelesaian: 5 hari kerja")),
                        EvidenceLifecycle.Decision.REQUEST_CHANGES, "Lampirkan SOP yang sudah ditandatangani Kepala Dinas"),
                new DemoItem("NOTULEN", "Notulen rapat monev triwulan I pembangunan ZI", "2024-03-28", List.of("R3"), List.of(),
                        "Notulen-Monev-TW1.pdf", DemoFiles.pdf("NOTULEN RAPAT MONITORING DAN EVALUASI TRIWULAN I", List.of("Pembangunan Zona Integritas DPMPTSP Kota Magelang",
                                "Realisasi rencana aksi triwulan I: 18 dari 22 langkah")),
                        EvidenceLifecycle.Decision.ACCEPT, null));
    }

    private record Bytes(String name, byte[] bytes) implements EvidenceLifecycle.IncomingFile {

        @Override
        public InputStream stream() {
            return new ByteArrayInputStream(bytes);
        }

        /** The whole file is in memory: nothing can follow it. */
        @Override
        public void requireEnd() {
            // a byte array has no further parts
        }
    }
}
