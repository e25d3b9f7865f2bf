package id.zi.survey.report;

import id.zi.survey.response.ProfileQuestions;
import id.zi.survey.result.PeriodResult;
import id.zi.survey.survey.FollowUpItem;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The Laporan SKM a unit publishes for a period (PermenPANRB 14/2017, Bab V and Lampiran IV), one chapter per
 * published survey: method, sample against the minimum, respondent profile, the table and bar chart of the
 * elements, IKM and its grade (or IPAK/IPKP and its LKE value), the lowest elements and the improvement plan.
 * Numbers are shown to two decimals with a decimal comma, as Indonesian reports print them.
 */
public final class SurveyReport {

    private static final Color BLUE = new Color(0x1F, 0x4E, 0x79);
    private static final Color LOW = new Color(0xC0, 0x50, 0x4D);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15, Font.NORMAL);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Font.NORMAL);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Font.NORMAL);
    private static final Font TABLE = FontFactory.getFont(FontFactory.HELVETICA, 8.5f, Font.NORMAL);
    private static final Font TABLE_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f, Font.NORMAL);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, Font.NORMAL);
    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
            "Oktober", "November", "Desember");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    private SurveyReport() {
    }

    /** @param results the unit's published results of one period, SKM first */
    public static byte[] render(String unitName, @Nullable String instansi, String periodKey, List<PeriodResult> results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 52);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String periodName = results.isEmpty() ? periodKey : periodName(results.getFirst().period());
        String footer = "Laporan Hasil Survei " + unitName + " - " + periodName;
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter pdf, Document doc) {
                ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_RIGHT, new Phrase(footer + "   halaman " + pdf.getPageNumber(),
                        SMALL), doc.right(), doc.bottom() - 22, 0);
            }
        });
        document.addTitle("Laporan Survei Kepuasan Masyarakat " + unitName + " " + periodName);
        document.open();
        boolean first = true;
        for (PeriodResult result : results) {
            if (!first) {
                document.newPage();
            }
            first = false;
            chapter(document, writer, unitName, instansi, result);
        }
        document.close();
        return out.toByteArray();
    }

    private static void chapter(Document document, PdfWriter writer, String unitName, @Nullable String instansi, PeriodResult result) {
        boolean skm = "SKM".equals(result.instrument());
        Paragraph title = new Paragraph("LAPORAN HASIL " + title(result).toUpperCase(Locale.ROOT) + "\n" + unitName.toUpperCase(Locale.ROOT)
                + (instansi == null ? "" : "\n" + instansi.toUpperCase(Locale.ROOT)) + "\n" + periodName(result.period()).toUpperCase(Locale.ROOT),
                TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setLeading(19);
        title.setSpacingAfter(6);
        document.add(title);
        Paragraph service = new Paragraph("Jenis layanan: " + result.serviceType().name() + " (" + result.serviceType().code() + ")", BODY);
        service.setAlignment(Element.ALIGN_CENTER);
        document.add(service);
        if (result.published() != null) {
            Paragraph published = new Paragraph("Dipublikasikan " + date(result.published().publishedAt().atZone(ZoneId.of("Asia/Jakarta"))
                    .toLocalDate()) + " (revisi " + result.published().revision() + ")", SMALL);
            published.setAlignment(Element.ALIGN_CENTER);
            document.add(published);
        }

        document.add(heading("I. Metode"));
        document.add(text(skm
                ? "Survei dilaksanakan menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017 dengan " + result.elements().size()
                        + " unsur pelayanan. Setiap unsur dijawab dengan skala 1 sampai 4. Nilai rata-rata (NRR) per unsur adalah jumlah nilai "
                        + "dibagi jumlah responden yang menjawab unsur tersebut; indeks adalah jumlah NRR dikali bobot unsur, dan IKM adalah "
                        + "indeks dikali 25. Bobot: " + weightPolicy(result.weightPolicy()) + "."
                : "Survei dilaksanakan menurut Surat Edaran Menteri PANRB Nomor 04 Tahun 2023 dengan " + result.elements().size()
                        + " pernyataan yang dinilai dengan 1 sampai " + result.highestAnswer() + " bintang. Rata-rata tiap pernyataan dikonversi ke "
                        + "skala 4 (" + scalePolicy(result.scalePolicy()) + "); indeks adalah rata-rata pernyataan, konversi adalah indeks "
                        + "dikali 25, dan nilai LKE adalah indeks dibagi 4 dikali 17,5."));
        PeriodResult.Sample sample = result.sample();
        String sampleText = "Periode survei " + date(result.period().from()) + " s.d. " + date(result.period().to()) + ". Jumlah responden: "
                + result.respondents() + " orang.";
        if (sample.population() != null) {
            sampleText += " Populasi penerima layanan: " + sample.population() + " orang; sampel minimal menurut " + sample.rule() + ": "
                    + sample.minimumSample() + " responden (tercapai " + percent(sample.progress()) + ").";
        } else if (sample.minimumSample() != null) {
            sampleText += " Sampel minimal: " + sample.minimumSample() + " responden (" + sample.rule() + "); populasi belum diisi.";
        } else {
            sampleText += " Populasi belum diisi, sehingga sampel minimal belum dapat dihitung.";
        }
        document.add(text(sampleText));

        document.add(heading("II. Profil Responden"));
        document.add(profileTable(result));

        document.add(heading(skm ? "III. Nilai per Unsur Pelayanan" : "III. Nilai per Pernyataan"));
        document.add(elementTable(result, skm));
        chart(document, writer, result, skm);

        document.add(heading(skm ? "IV. Indeks Kepuasan Masyarakat" : "IV. Indeks " + result.indexName()));
        if (skm && result.ikm() != null) {
            String shown = result.ikmDisplayed() != null ? result.ikmDisplayed().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                    .replace('.', ',') : number(result.ikm());
            Paragraph ikm = new Paragraph("IKM " + shown
                    + "   Mutu pelayanan: " + result.grade() + "   Kinerja unit: " + result.performance(), HEADING);
            ikm.setSpacingAfter(4);
            document.add(ikm);
            document.add(text("Indeks " + number4(result.index()) + " (skala 1-4) x 25 = IKM " + number(result.ikm())
                    + ". Mutu pelayanan menurut Tabel II PermenPANRB 14/2017: A (88,31-100) Sangat baik, B (76,61-88,30) Baik, "
                    + "C (65,00-76,60) Kurang baik, D (25,00-64,99) Tidak baik."));
        } else if (!skm && result.index() != null) {
            Paragraph index = new Paragraph(result.indexName() + " " + number(result.index()) + " (skala 4)   Konversi " + number(result.conversion())
                    + "   Nilai LKE " + number(result.lkeValue()), HEADING);
            index.setSpacingAfter(4);
            document.add(index);
            PeriodResult.Window window = result.lastThreeMonths();
            if (window != null && window.index() != null) {
                document.add(text("Tiga bulan terakhir (" + month(window.from()) + " s.d. " + month(window.to()) + "): " + window.respondents()
                        + " responden, " + result.indexName() + " " + number(window.index()) + ", rata-rata indeks bulanan "
                        + number(window.meanOfMonthlyIndices()) + ", nilai LKE " + number(window.lkeValue()) + "."));
            }
        }

        document.add(heading("V. Unsur dengan Nilai Terendah"));
        StringBuilder lowest = new StringBuilder();
        for (String code : result.lowestElements()) {
            result.elements().stream().filter(element -> element.code().equals(code)).findFirst().ifPresent(element -> lowest
                    .append(lowest.isEmpty() ? "" : "; ").append(code).append(" ").append(shortName(element.name(), 70)).append(" (")
                    .append(number(skm ? element.nrr() : element.converted())).append(")"));
        }
        document.add(text(lowest.isEmpty() ? "-" : lowest + "."));

        document.add(heading("VI. Rencana Tindak Lanjut"));
        if (result.followUp().isEmpty()) {
            document.add(text("Belum ada rencana tindak lanjut yang dicatat untuk periode ini."));
        } else {
            document.add(followUpTable(result.followUp()));
        }
    }

    private static PdfPTable profileTable(PeriodResult result) {
        PdfPTable table = new PdfPTable(new float[] {3, 5, 1.4f, 1.4f});
        table.setWidthPercentage(100);
        header(table, "Profil", "Kategori", "Jumlah", "Persen");
        for (ProfileQuestions.Question question : ProfileQuestions.ALL) {
            Map<String, Long> counts = result.profile().getOrDefault(question.field(), Map.of());
            boolean firstRow = true;
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                if (question.freeText() && count.getKey().equals("unanswered")) {
                    continue;
                }
                table.addCell(cell(firstRow ? question.label() : "", TABLE_BOLD, Element.ALIGN_LEFT));
                String label = count.getKey().equals("unanswered") ? "Tidak diisi" : ProfileQuestions.label(question.field(), count.getKey());
                table.addCell(cell(label, TABLE, Element.ALIGN_LEFT));
                table.addCell(cell(Long.toString(count.getValue()), TABLE, Element.ALIGN_RIGHT));
                table.addCell(cell(result.respondents() == 0 ? "-" : percent((double) count.getValue() / result.respondents()), TABLE, Element.ALIGN_RIGHT));
                firstRow = false;
            }
        }
        table.setSpacingAfter(6);
        return table;
    }

    private static PdfPTable elementTable(PeriodResult result, boolean skm) {
        PdfPTable table = skm ? new PdfPTable(new float[] {1, 6, 1.6f, 1.4f, 1.2f, 1.2f}) : new PdfPTable(new float[] {1.2f, 7, 1.6f, 1.4f, 1.3f, 1.5f});
        table.setWidthPercentage(100);
        if (skm) {
            header(table, "Kode", "Unsur", "Jumlah nilai", "Responden", "NRR", "Bobot");
        } else {
            header(table, "Kode", "Pernyataan", "Jumlah bintang", "Responden", "Rata-rata", "Skala 4");
        }
        for (PeriodResult.ElementResult element : result.elements()) {
            table.addCell(cell(element.code(), TABLE_BOLD, Element.ALIGN_LEFT));
            table.addCell(cell(element.name(), TABLE, Element.ALIGN_LEFT));
            table.addCell(cell(Long.toString(element.sum()), TABLE, Element.ALIGN_RIGHT));
            table.addCell(cell(Long.toString(element.answers()), TABLE, Element.ALIGN_RIGHT));
            table.addCell(cell(number(skm ? element.nrr() : element.mean()), TABLE, Element.ALIGN_RIGHT));
            table.addCell(cell(skm ? number4(element.weight()) : number(element.converted()), TABLE, Element.ALIGN_RIGHT));
        }
        table.setSpacingAfter(8);
        return table;
    }

    /** A horizontal bar per element on the 1–4 scale, drawn with PDF primitives; the lowest elements in red. */
    private static void chart(Document document, PdfWriter writer, PeriodResult result, boolean skm) {
        List<PeriodResult.ElementResult> elements = result.elements();
        float rowHeight = 15;
        float height = elements.size() * rowHeight + 30;
        float top = writer.getVerticalPosition(true) - 6;
        if (top - height < document.bottom()) {
            document.newPage();
            top = writer.getVerticalPosition(true) - 6;
        }
        PdfContentByte canvas = writer.getDirectContent();
        BaseFont font = TABLE.getCalculatedBaseFont(false);
        float labelWidth = 40;
        float left = document.left() + labelWidth;
        float width = document.right() - left - 40;
        float bottom = top - height + 20;
        float scaleMax = 4;
        canvas.setLineWidth(0.4f);
        canvas.setColorStroke(Color.LIGHT_GRAY);
        canvas.setColorFill(Color.DARK_GRAY);
        for (int tick = 0; tick <= 4; tick++) {
            float x = left + width * tick / scaleMax;
            canvas.moveTo(x, bottom);
            canvas.lineTo(x, top);
            canvas.stroke();
            label(canvas, font, 7, Integer.toString(tick), x, bottom - 9, Element.ALIGN_CENTER);
        }
        for (int i = 0; i < elements.size(); i++) {
            PeriodResult.ElementResult element = elements.get(i);
            Double value = skm ? element.nrr() : element.converted();
            float y = top - (i + 1) * rowHeight;
            canvas.setColorFill(Color.BLACK);
            label(canvas, font, 8, element.code(), document.left(), y + 4, Element.ALIGN_LEFT);
            if (value == null) {
                continue;
            }
            canvas.setColorFill(result.lowestElements().contains(element.code()) ? LOW : BLUE);
            canvas.rectangle(left, y + 1, (float) (width * value / scaleMax), rowHeight - 4);
            canvas.fill();
            canvas.setColorFill(Color.BLACK);
            label(canvas, font, 7.5f, number(value), left + (float) (width * value / scaleMax) + 3, y + 4, Element.ALIGN_LEFT);
        }
        Paragraph space = new Paragraph(height + 4, " ", BODY);
        document.add(space);
        Paragraph caption = new Paragraph(skm ? "Grafik NRR per unsur (skala 1-4); merah: unsur terendah."
                : "Grafik rata-rata per pernyataan pada skala 4; merah: pernyataan terendah.", SMALL);
        caption.setAlignment(Element.ALIGN_CENTER);
        document.add(caption);
    }

    private static PdfPTable followUpTable(List<FollowUpItem> items) {
        PdfPTable table = new PdfPTable(new float[] {1, 6, 2.5f, 2});
        table.setWidthPercentage(100);
        header(table, "Unsur", "Rencana tindak lanjut", "Penanggung jawab", "Target");
        for (FollowUpItem item : items) {
            table.addCell(cell(item.elementCode(), TABLE_BOLD, Element.ALIGN_LEFT));
            table.addCell(cell(item.action(), TABLE, Element.ALIGN_LEFT));
            table.addCell(cell(item.pic(), TABLE, Element.ALIGN_LEFT));
            table.addCell(cell(date(item.targetDate()), TABLE, Element.ALIGN_LEFT));
        }
        return table;
    }

    private static void label(PdfContentByte canvas, BaseFont font, float size, String text, float x, float y, int alignment) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }

    private static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            PdfPCell cell = cell(title, TABLE_BOLD, Element.ALIGN_CENTER);
            cell.setBackgroundColor(new Color(0xDD, 0xE8, 0xF3));
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        return heading;
    }

    private static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static String title(PeriodResult result) {
        return switch (result.instrument()) {
            case "SPAK" -> "Survei Persepsi Anti Korupsi";
            case "SPKP" -> "Survei Persepsi Kualitas Pelayanan";
            default -> "Survei Kepuasan Masyarakat";
        };
    }

    static String periodName(PeriodResult.PeriodView period) {
        if (period.quarter() != null) {
            return "Triwulan " + ROMAN.get(period.quarter() - 1) + " Tahun " + period.year();
        }
        if (period.semester() != null) {
            return "Semester " + ROMAN.get(period.semester() - 1) + " Tahun " + period.year();
        }
        return "Tahun " + period.year();
    }

    private static String weightPolicy(@Nullable String policy) {
        return switch (policy == null ? "EXACT" : policy) {
            case "LITERAL_0_11" -> "0,11 per unsur sebagaimana tercetak dalam peraturan (LITERAL_0_11)";
            case "LITERAL_0_111" -> "0,111 per unsur (LITERAL_0_111)";
            default -> "bobot tepat tiap unsur, 1/n untuk unsur yang sama bobotnya (EXACT)";
        };
    }

    private static String scalePolicy(@Nullable String policy) {
        return switch (policy == null ? "" : policy) {
            case "LINEAR_6_TO_4" -> "linear: (bintang - 1) x 3/5 + 1, LINEAR_6_TO_4";
            case "NATIVE_4" -> "tanpa konversi, ditanyakan 1-4, NATIVE_4";
            default -> "rasio: bintang x 4/6, RATIO_6_TO_4";
        };
    }

    private static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    private static String month(String yearMonth) {
        java.time.YearMonth month = java.time.YearMonth.parse(yearMonth);
        return MONTHS.get(month.getMonthValue() - 1) + " " + month.getYear();
    }

    private static String shortName(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max - 3) + "...";
    }

    static String number(@Nullable Double value) {
        return value == null ? "-" : format("0.00", value);
    }

    private static String number4(@Nullable Double value) {
        return value == null ? "-" : format("0.0000", value);
    }

    private static String percent(@Nullable Double ratio) {
        return ratio == null ? "-" : format("0.0", ratio * 100) + "%";
    }

    private static String format(String pattern, double value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }
}
