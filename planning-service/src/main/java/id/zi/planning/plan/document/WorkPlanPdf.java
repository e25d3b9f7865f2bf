package id.zi.planning.plan.document;

import id.zi.planning.plan.ActionRow;
import id.zi.planning.plan.Approval;
import id.zi.planning.plan.TeamMember;
import id.zi.planning.plan.WorkPlan;
import id.zi.planning.plan.WorkPlanContent;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Chunk;
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
 * The signed plan as the document units publish: A4 landscape, in Bahasa Indonesia, in the shape of the
 * rencana kerja the seeds show (title page, Bab I Pendahuluan, target prioritas, tim kerja, the rencana
 * aksi with its month grid, and the head's signature block).
 */
public final class WorkPlanPdf {

    private static final List<String> AREA_NAMES = List.of("Manajemen Perubahan", "Penataan Tatalaksana",
            "Penataan Sistem Manajemen SDM", "Penguatan Akuntabilitas", "Penguatan Pengawasan", "Peningkatan Kualitas Pelayanan Publik");
    private static final List<String> MONTH_NAMES = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember");
    private static final String ROLE_NAMES = "KETUA=Ketua,SEKRETARIS=Sekretaris,KOORDINATOR_AREA=Koordinator Area,ANGGOTA=Anggota,"
            + "AGEN_PERUBAHAN=Agen Perubahan";

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, Font.NORMAL);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, Font.NORMAL);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10.5f, Font.NORMAL);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10.5f, Font.NORMAL);
    private static final Font TABLE = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, Font.NORMAL);
    private static final Font TABLE_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7.5f, Font.NORMAL);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL);

    private WorkPlanPdf() {
    }

    /**
     * @param unitName the unit as the directory names it
     * @param place    where the head signs (the regency or city), or null when unknown
     */
    public static byte[] render(WorkPlan plan, String unitName, String place) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 42, 42, 40, 42);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String footer = "Rencana Kerja Pembangunan ZI " + unitName + " Tahun " + plan.year() + " (revisi " + plan.revision() + ")";
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter pdf, Document doc) {
                ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase(footer + "   halaman " + pdf.getPageNumber(), SMALL), doc.right(), doc.bottom() - 20, 0);
            }
        });
        document.addTitle("Rencana Kerja Pembangunan Zona Integritas " + unitName + " " + plan.year());
        document.open();
        WorkPlanContent content = plan.content();
        titlePage(document, plan, unitName);

        document.newPage();
        document.add(heading("BAB I\nPENDAHULUAN"));
        document.add(subheading("A. Dasar Hukum"));
        document.add(numbered(content.legalBasis()));
        document.add(subheading("B. Tujuan"));
        document.add(justified(content.purpose() == null ? "-" : content.purpose()));
        document.add(subheading("C. Target Prioritas"));
        document.add(numbered(content.targetPrioritas()));
        if (content.pencanangan() != null || content.paktaIntegritasCount() != null) {
            document.add(subheading("D. Pencanangan"));
            String text = (content.pencanangan() == null ? "" : "Pencanangan Zona Integritas dilaksanakan pada tanggal "
                    + indonesian(content.pencanangan()) + ". ")
                    + (content.paktaIntegritasCount() == null ? "" : "Pakta integritas ditandatangani oleh " + content.paktaIntegritasCount()
                            + " pegawai.");
            document.add(justified(text));
        }

        document.newPage();
        document.add(heading("BAB II\nTIM KERJA PEMBANGUNAN ZONA INTEGRITAS"));
        teamTable(document, content);

        document.newPage();
        document.add(heading("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS\n" + unitName.toUpperCase(Locale.ROOT) + " TAHUN " + plan.year()));
        document.add(rowsTable(content.rows()));
        signature(document, plan.approval(), place, unitName);
        document.close();
        return out.toByteArray();
    }

    private static void titlePage(Document document, WorkPlan plan, String unitName) {
        Paragraph spacer = new Paragraph(" ", BODY);
        spacer.setSpacingBefore(110);
        document.add(spacer);
        Paragraph title = new Paragraph("RENCANA KERJA\nPEMBANGUNAN ZONA INTEGRITAS\nMENUJU WBK/WBBM", TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setLeading(26);
        document.add(title);
        Paragraph unit = new Paragraph(unitName.toUpperCase(Locale.ROOT), HEADING);
        unit.setAlignment(Element.ALIGN_CENTER);
        unit.setSpacingBefore(36);
        document.add(unit);
        Paragraph year = new Paragraph("TAHUN " + plan.year(), HEADING);
        year.setAlignment(Element.ALIGN_CENTER);
        year.setSpacingBefore(12);
        document.add(year);
        if (plan.approval() == null) {
            Paragraph draft = new Paragraph("KONSEP - belum ditetapkan (status " + plan.status() + ", revisi " + plan.revision() + ")", HEADING);
            draft.setAlignment(Element.ALIGN_CENTER);
            draft.setSpacingBefore(48);
            document.add(draft);
        } else {
            Paragraph sk = new Paragraph("Ditetapkan dengan Keputusan Nomor " + plan.approval().skNumber() + " tanggal "
                    + indonesian(plan.approval().date()), BODY);
            sk.setAlignment(Element.ALIGN_CENTER);
            sk.setSpacingBefore(48);
            document.add(sk);
        }
    }

    private static void teamTable(Document document, WorkPlanContent content) {
        if (content.team() == null) {
            document.add(justified("-"));
            return;
        }
        document.add(justified("Tim Kerja Pembangunan Zona Integritas ditetapkan dengan Surat Keputusan Nomor "
                + orDash(content.team().skNumber()) + (content.team().skDate() == null ? "" : " tanggal " + indonesian(content.team().skDate()))
                + ", dengan susunan sebagai berikut:"));
        PdfPTable table = new PdfPTable(new float[] {4, 34, 22, 20, 20});
        table.setWidthPercentage(80);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        for (String header : List.of("No", "Nama", "NIP", "Jabatan dalam Tim", "Area")) {
            table.addCell(headerCell(header, BOLD));
        }
        int n = 1;
        for (TeamMember member : content.team().members()) {
            table.addCell(cell(Integer.toString(n++), BODY, Element.ALIGN_CENTER));
            table.addCell(cell(member.name(), BODY, Element.ALIGN_LEFT));
            table.addCell(cell(orDash(member.nip()), BODY, Element.ALIGN_LEFT));
            table.addCell(cell(roleName(member), BODY, Element.ALIGN_LEFT));
            table.addCell(cell(member.area() == null ? "-" : member.area() + ". " + AREA_NAMES.get(member.area() - 1), BODY, Element.ALIGN_LEFT));
        }
        document.add(table);
    }

    private static PdfPTable rowsTable(List<ActionRow> rows) {
        float[] widths = new float[21];
        float[] fixed = {3, 8, 16, 15, 22, 10};
        System.arraycopy(fixed, 0, widths, 0, fixed.length);
        for (int m = 0; m < 12; m++) {
            widths[6 + m] = 2.6f;
        }
        widths[18] = 11;
        widths[19] = 10;
        widths[20] = 9;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(2);
        for (String header : List.of("No", "Kode LKE", "Indikator", "Kriteria/Target", "Langkah Aksi", "Bukti Dukung")) {
            PdfPCell cell = headerCell(header, TABLE_BOLD);
            cell.setRowspan(2);
            table.addCell(cell);
        }
        PdfPCell schedule = headerCell("Jadwal Pelaksanaan (bulan)", TABLE_BOLD);
        schedule.setColspan(12);
        table.addCell(schedule);
        for (String header : List.of("PIC", "Output", "Anggaran (Rp)")) {
            PdfPCell cell = headerCell(header, TABLE_BOLD);
            cell.setRowspan(2);
            table.addCell(cell);
        }
        for (int m = 1; m <= 12; m++) {
            table.addCell(headerCell(Integer.toString(m), TABLE_BOLD));
        }
        NumberFormat rupiah = NumberFormat.getIntegerInstance(Locale.of("id", "ID"));
        Integer area = null;
        int n = 0;
        for (ActionRow row : rows) {
            if (!row.area().equals(area)) {
                area = row.area();
                PdfPCell band = new PdfPCell(new Phrase("AREA " + toRoman(area) + ". " + AREA_NAMES.get(area - 1).toUpperCase(Locale.ROOT),
                        TABLE_BOLD));
                band.setColspan(21);
                band.setBackgroundColor(new GrayColor(0.92f));
                band.setPadding(3);
                table.addCell(band);
            }
            table.addCell(cell(Integer.toString(++n), TABLE, Element.ALIGN_CENTER));
            table.addCell(cell(orDash(row.indicatorRef()), TABLE, Element.ALIGN_LEFT));
            table.addCell(cell(orDash(row.indicator()), TABLE, Element.ALIGN_LEFT));
            table.addCell(cell(orDash(row.criterion()), TABLE, Element.ALIGN_LEFT));
            table.addCell(cell(steps(row.actionSteps()), TABLE, Element.ALIGN_LEFT));
            table.addCell(cell(row.evidenceKinds().isEmpty() ? "-" : String.join(", ", row.evidenceKinds()).replace('_', ' '), TABLE,
                    Element.ALIGN_LEFT));
            for (int m = 1; m <= 12; m++) {
                boolean marked = row.schedule().contains(m);
                PdfPCell month = cell(marked ? "X" : "", TABLE_BOLD, Element.ALIGN_CENTER);
                if (marked) {
                    month.setBackgroundColor(new GrayColor(0.75f));
                }
                table.addCell(month);
            }
            table.addCell(cell(orDash(row.pic()), TABLE, Element.ALIGN_LEFT));
            table.addCell(cell(orDash(row.output()), TABLE, Element.ALIGN_LEFT));
            table.addCell(cell(row.budget() == null ? "-" : rupiah.format(row.budget()), TABLE, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private static void signature(Document document, Approval approval, String place, String unitName) {
        PdfPTable block = new PdfPTable(new float[] {60, 40});
        block.setWidthPercentage(100);
        block.setSpacingBefore(24);
        block.setKeepTogether(true);
        block.addCell(blank());
        String text;
        if (approval == null) {
            text = "Belum ditandatangani";
        } else {
            text = (place == null ? "" : place + ", ") + indonesian(approval.date()) + "\nKEPALA " + unitName.toUpperCase(Locale.ROOT)
                    + "\n\n\n\n" + approval.signatoryName() + "\n" + approval.rank() + "\nNIP. " + approval.nip();
        }
        PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
        cell.setBorder(0);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        block.addCell(cell);
        document.add(block);
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(12);
        return heading;
    }

    private static Paragraph subheading(String text) {
        Paragraph subheading = new Paragraph(text, BOLD);
        subheading.setSpacingBefore(10);
        subheading.setSpacingAfter(4);
        return subheading;
    }

    private static Paragraph justified(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setIndentationLeft(16);
        return paragraph;
    }

    private static Paragraph numbered(List<String> items) {
        Paragraph list = new Paragraph();
        list.setIndentationLeft(16);
        if (items.isEmpty()) {
            list.add(new Chunk("-", BODY));
        }
        for (int i = 0; i < items.size(); i++) {
            Paragraph item = new Paragraph((i + 1) + ".  " + items.get(i), BODY);
            item.setFirstLineIndent(-14);
            item.setIndentationLeft(14);
            list.add(item);
        }
        return list;
    }

    private static PdfPCell headerCell(String text, Font font) {
        PdfPCell cell = cell(text, font, Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(new GrayColor(0.85f));
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell blank() {
        PdfPCell cell = new PdfPCell(new Phrase(" "));
        cell.setBorder(0);
        return cell;
    }

    private static String steps(List<String> steps) {
        if (steps.isEmpty()) {
            return "-";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(steps.get(i));
        }
        return text.toString();
    }

    private static String roleName(TeamMember member) {
        if (member.role() == null) {
            return "-";
        }
        for (String pair : ROLE_NAMES.split(",")) {
            String[] parts = pair.split("=");
            if (parts[0].equals(member.role().name())) {
                return parts[1];
            }
        }
        return member.role().name();
    }

    static String indonesian(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTH_NAMES.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    private static String toRoman(int area) {
        return List.of("I", "II", "III", "IV", "V", "VI").get(area - 1);
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
