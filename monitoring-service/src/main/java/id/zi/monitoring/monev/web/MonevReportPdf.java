package id.zi.monitoring.monev.web;

import id.zi.monitoring.monev.HistoryEntry;
import id.zi.monitoring.monev.MonevPeriod;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.GrayColor;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The monev report a unit files and the TPI signs off: A4 landscape, in Bahasa Indonesia, with the summary,
 * every row due with its status, realisation, evidence and obstacles, the follow-up of earlier
 * recommendations, and the TPI's notes and recommendations of the period. A monev not yet approved prints as
 * KONSEP.
 */
final class MonevReportPdf {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember");
    private static final Map<String, String> ROW_STATUS = Map.of("NOT_STARTED", "Belum dimulai", "IN_PROGRESS", "Dalam proses", "DONE",
            "Selesai");
    private static final Map<String, String> REVIEW = Map.of("PENDING", "menunggu reviu", "ACCEPTED", "diterima", "REJECTED", "ditolak",
            "CHANGES_REQUESTED", "perlu perbaikan");
    private static final Map<String, String> MONEV_STATUS = Map.of("DRAFT", "Konsep", "SUBMITTED", "Diajukan ke TPI", "RETURNED",
            "Dikembalikan oleh TPI", "APPROVED", "Disetujui TPI");
    private static final Map<String, String> ACTIONS = Map.of("CREATED", "Dibuat", "SUBMITTED", "Diajukan", "RETURNED", "Dikembalikan",
            "APPROVED", "Disetujui");

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15, Font.NORMAL);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, Font.NORMAL);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9.5f, Font.NORMAL);
    private static final Font TABLE = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, Font.NORMAL);
    private static final Font TABLE_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7.5f, Font.NORMAL);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL);

    private MonevReportPdf() {
    }

    static byte[] render(MonevView monev, String unitName) {
        MonevPeriod period = MonevPeriod.parse(monev.period());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String footer = "Laporan Monev ZI " + unitName + " " + period.indonesian() + " (versi " + monev.version() + ")";
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter pdf, Document doc) {
                ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase(footer + "   halaman " + pdf.getPageNumber(), SMALL), doc.right(), doc.bottom() - 20, 0);
            }
        });
        document.addTitle("Laporan Monitoring dan Evaluasi Zona Integritas " + unitName + " " + period.indonesian());
        document.open();
        Paragraph title = new Paragraph("LAPORAN MONITORING DAN EVALUASI\nPEMBANGUNAN ZONA INTEGRITAS", TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph unit = new Paragraph(unitName.toUpperCase(Locale.ROOT) + "\n" + period.indonesian().toUpperCase(Locale.ROOT), HEADING);
        unit.setAlignment(Element.ALIGN_CENTER);
        unit.setSpacingBefore(6);
        document.add(unit);
        Paragraph state = new Paragraph(monev.status().equals("APPROVED") ? "Status: " + MONEV_STATUS.get(monev.status()) + approval(monev)
                : "KONSEP - belum disetujui TPI (status: " + MONEV_STATUS.get(monev.status()) + ")", BODY);
        state.setAlignment(Element.ALIGN_CENTER);
        state.setSpacingBefore(4);
        document.add(state);

        document.add(heading("A. Ringkasan"));
        MonevView.SummaryView summary = monev.summary();
        document.add(body("Periode " + date(monev.periodStart()) + " s.d. " + date(monev.periodEnd()) + "; rencana kerja " + monev.planId()
                + " revisi " + monev.planRevision() + ".\nRencana aksi yang jatuh tempo: " + summary.rowsDue() + "; selesai: " + summary.rowsDone()
                + "; dalam proses: " + summary.rowsInProgress() + "; belum dimulai: " + summary.rowsNotStarted() + ".\nRata-rata realisasi: "
                + percent(summary.averageRealisation()) + " (" + summary.realisationNumerator() + " ÷ " + summary.realisationDenominator()
                + "). Rekomendasi yang masih terbuka: " + summary.openRecommendations() + "."));

        document.add(heading("B. Capaian Rencana Aksi"));
        document.add(rowsTable(monev.rows()));

        document.add(heading("C. Tindak Lanjut Rekomendasi Periode Sebelumnya"));
        if (monev.followUps().isEmpty()) {
            document.add(body("Tidak ada rekomendasi periode sebelumnya yang masih terbuka."));
        } else {
            PdfPTable table = table(new float[] {4, 40, 10, 36, 10}, "No", "Rekomendasi", "Dari Periode", "Tindak Lanjut", "Status");
            int n = 0;
            for (MonevView.FollowUpView followUp : monev.followUps()) {
                table.addCell(cell(Integer.toString(++n), Element.ALIGN_CENTER));
                table.addCell(cell(followUp.text() + (followUp.rowId() == null ? "" : " (baris " + followUp.rowId() + ")"), Element.ALIGN_LEFT));
                table.addCell(cell(followUp.fromPeriod(), Element.ALIGN_CENTER));
                table.addCell(cell(dash(followUp.note()), Element.ALIGN_LEFT));
                table.addCell(cell(followUp.status().equals("DONE") ? "Selesai" : "Terbuka", Element.ALIGN_CENTER));
            }
            document.add(table);
        }

        document.add(heading("D. Catatan dan Rekomendasi TPI Periode Ini"));
        document.add(body("Catatan: " + dash(monev.returnNotes())));
        if (monev.recommendations().isEmpty()) {
            document.add(body("Rekomendasi: -"));
        } else {
            PdfPTable table = table(new float[] {4, 66, 12, 18}, "No", "Rekomendasi", "Baris", "Diberikan oleh");
            int n = 0;
            for (MonevView.RecommendationView given : monev.recommendations()) {
                table.addCell(cell(Integer.toString(++n), Element.ALIGN_CENTER));
                table.addCell(cell(given.text(), Element.ALIGN_LEFT));
                table.addCell(cell(dash(given.rowId()), Element.ALIGN_CENTER));
                table.addCell(cell(given.givenBy() + ", " + date(given.givenAt()), Element.ALIGN_LEFT));
            }
            document.add(table);
        }

        document.add(heading("E. Riwayat"));
        PdfPTable history = table(new float[] {18, 18, 16, 48}, "Tanggal", "Oleh", "Langkah", "Catatan");
        for (HistoryEntry entry : monev.history()) {
            history.addCell(cell(date(entry.at()), Element.ALIGN_LEFT));
            history.addCell(cell(entry.by(), Element.ALIGN_LEFT));
            history.addCell(cell(ACTIONS.getOrDefault(entry.action(), entry.action()), Element.ALIGN_LEFT));
            history.addCell(cell(dash(entry.notes()), Element.ALIGN_LEFT));
        }
        document.add(history);
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable rowsTable(List<MonevView.RowView> rows) {
        PdfPTable table = table(new float[] {3, 8, 20, 8, 9, 7, 25, 20}, "No", "Kode LKE", "Indikator", "Jadwal (bulan)", "Status",
                "Realisasi (%)", "Bukti Dukung", "Kendala");
        if (rows.isEmpty()) {
            PdfPCell none = cell("Tidak ada rencana aksi yang jatuh tempo sampai akhir periode ini.", Element.ALIGN_LEFT);
            none.setColspan(8);
            table.addCell(none);
        }
        int n = 0;
        for (MonevView.RowView row : rows) {
            table.addCell(cell(Integer.toString(++n), Element.ALIGN_CENTER));
            table.addCell(cell(dash(row.indicatorRef()), Element.ALIGN_LEFT));
            table.addCell(cell(row.indicator() == null ? row.rowId() : row.indicator(), Element.ALIGN_LEFT));
            table.addCell(cell(row.schedule().stream().map(String::valueOf).collect(Collectors.joining(", ")), Element.ALIGN_CENTER));
            table.addCell(cell(ROW_STATUS.get(row.status()), Element.ALIGN_CENTER));
            table.addCell(cell(Integer.toString(row.realisation()), Element.ALIGN_RIGHT));
            String evidence = row.evidence().isEmpty() ? "-" : row.evidence().stream()
                    .map(item -> item.title() + " (" + item.kind().replace('_', ' ') + ", " + REVIEW.getOrDefault(item.reviewState(), item.reviewState()) + ")")
                    .collect(Collectors.joining("\n"));
            if (!row.missingKinds().isEmpty()) {
                evidence += "\nBelum ada: " + String.join(", ", row.missingKinds()).replace('_', ' ');
            }
            table.addCell(cell(evidence, Element.ALIGN_LEFT));
            table.addCell(cell(dash(row.obstacles()), Element.ALIGN_LEFT));
        }
        return table;
    }

    private static String approval(MonevView monev) {
        return monev.history().stream().filter(entry -> entry.action().equals("APPROVED")).reduce((first, second) -> second)
                .map(entry -> " oleh " + entry.by() + " pada " + date(entry.at())).orElse("");
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = cell(header, Element.ALIGN_CENTER);
            cell.setPhrase(new Phrase(header, TABLE_BOLD));
            cell.setBackgroundColor(new GrayColor(0.85f));
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TABLE));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(2);
        return heading;
    }

    private static Paragraph body(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setIndentationLeft(12);
        return paragraph;
    }

    private static String percent(double value) {
        return String.format(Locale.of("id", "ID"), "%.2f %%", value);
    }

    private static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    private static String date(Instant at) {
        return date(LocalDate.ofInstant(at, WIB));
    }

    private static String dash(@Nullable String text) {
        return text == null ? "-" : text;
    }
}
