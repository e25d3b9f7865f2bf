package id.zi.planning.plan.document;

import id.zi.planning.plan.ActionRow;
import id.zi.planning.plan.TeamMember;
import id.zi.planning.plan.WorkPlan;
import id.zi.planning.plan.WorkPlanContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rencana aksi as a spreadsheet with fixed Indonesian headers, the way units keep it in Excel today:
 * one row per action, the schedule as a Jan-Des grid marked "X", action steps one per line in their cell,
 * evidence kinds separated by commas. The same layout serves the blank template, the export and the import,
 * so an exported file can be edited and uploaded again.
 */
public final class RencanaAksiWorkbook {

    public static final String ROWS_SHEET = "Rencana Aksi";
    public static final String HEADER_SHEET = "Rencana Kerja";
    public static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des");

    static final int AREA = 0;
    static final int INDICATOR_REF = 1;
    static final int INDICATOR = 2;
    static final int CRITERION = 3;
    static final int STEPS = 4;
    static final int EVIDENCE = 5;
    static final int FIRST_MONTH = 6;
    static final int PIC = FIRST_MONTH + 12;
    static final int OUTPUT = PIC + 1;
    static final int BUDGET = OUTPUT + 1;
    static final int ROW_ID = BUDGET + 1;
    static final List<String> HEADERS;

    static {
        List<String> headers = new ArrayList<>(List.of("Area", "Indikator (kode LKE)", "Indikator", "Kriteria/Target", "Langkah Aksi",
                "Bukti Dukung"));
        headers.addAll(MONTHS);
        // The row id keeps evidence attached to its row across an export, an edit in Excel and an import.
        headers.addAll(List.of("PIC", "Output", "Anggaran", "ID Baris"));
        HEADERS = List.copyOf(headers);
    }

    /** Where the domain names a row's field, the column that holds it. */
    static final Map<String, Integer> COLUMN_OF_FIELD = Map.of("area", AREA, "indicatorRef", INDICATOR_REF, "indicator", INDICATOR,
            "criterion", CRITERION, "actionSteps", STEPS, "evidenceKinds", EVIDENCE, "schedule", FIRST_MONTH, "pic", PIC, "output",
            OUTPUT, "budget", BUDGET);

    /** The row Excel shows for the header; the title or the instruction sits above it. */
    static final int HEADER_ROW_INDEX = 1;
    static final int MAX_IMPORT_ROWS = WorkPlanContent.MAX_ROWS;
    static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:area\\s*)?(\\d+)(?:\\.0+)?\\b.*", Pattern.CASE_INSENSITIVE);

    private RencanaAksiWorkbook() {
    }

    /** The empty layout with an instruction row above the headers. */
    public static byte[] template() {
        return write(null, null, List.of());
    }

    /** The plan's rows and, on a second sheet, its header (legal basis, purpose, target prioritas, team). */
    public static byte[] export(WorkPlan plan, String unitName) {
        return write(plan, unitName, plan.content().rows());
    }

    /** Excel's name of a column, e.g. 0 → {@code A}. */
    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    private static byte[] write(WorkPlan plan, String unitName, List<ActionRow> rows) {
        // Streaming keeps a few rows in memory at a time, so a plan of hundreds of long rows exports in bounded memory.
        // Shared strings rather than SXSSF's inline ones: POI-based tools cannot overwrite an inline string cell in place.
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
        try {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(ROWS_SHEET);
            Row top = sheet.createRow(0);
            Cell title = top.createCell(0);
            if (plan == null) {
                title.setCellValue("Petunjuk: isi satu baris per langkah aksi mulai baris 3. Area 1-6; kode LKE misalnya A.I.1.i; langkah aksi "
                        + "satu per baris dalam sel; Bukti Dukung dipisah koma (" + String.join(", ", new TreeSet<>(ActionRow.EVIDENCE_KINDS))
                        + "); tandai bulan pelaksanaan dengan X; Anggaran dalam rupiah. Kosongkan ID Baris untuk baris baru.");
                title.setCellStyle(styles.wrap);
                top.setHeightInPoints(48);
            } else {
                title.setCellValue("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS " + unitName.toUpperCase(Locale.ROOT) + " TAHUN " + plan.year());
                title.setCellStyle(styles.title);
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            Row header = sheet.createRow(HEADER_ROW_INDEX);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(styles.header);
            }
            sheet.createFreezePane(0, HEADER_ROW_INDEX + 1);
            int[] widths = {8, 16, 36, 36, 48, 22};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            for (int m = 0; m < 12; m++) {
                sheet.setColumnWidth(FIRST_MONTH + m, 5 * 256);
            }
            sheet.setColumnWidth(PIC, 24 * 256);
            sheet.setColumnWidth(OUTPUT, 24 * 256);
            sheet.setColumnWidth(BUDGET, 16 * 256);
            sheet.setColumnWidth(ROW_ID, 10 * 256);
            int r = HEADER_ROW_INDEX + 1;
            for (ActionRow row : rows) {
                writeRow(sheet.createRow(r++), row, styles);
            }
            if (plan != null) {
                writeHeaderSheet(workbook.createSheet(HEADER_SHEET), plan, unitName, styles);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void writeRow(Row target, ActionRow row, Styles styles) {
        numeric(target, AREA, row.area(), styles.center);
        text(target, INDICATOR_REF, row.indicatorRef(), styles.wrap);
        text(target, INDICATOR, row.indicator(), styles.wrap);
        text(target, CRITERION, row.criterion(), styles.wrap);
        text(target, STEPS, String.join("\n", row.actionSteps()), styles.wrap);
        text(target, EVIDENCE, String.join(", ", row.evidenceKinds()), styles.wrap);
        for (int m = 1; m <= 12; m++) {
            text(target, FIRST_MONTH + m - 1, row.schedule().contains(m) ? "X" : null, styles.center);
        }
        text(target, PIC, row.pic(), styles.wrap);
        text(target, OUTPUT, row.output(), styles.wrap);
        numeric(target, BUDGET, row.budget(), styles.money);
        text(target, ROW_ID, row.rowId(), styles.wrap);
    }

    private static void writeHeaderSheet(Sheet sheet, WorkPlan plan, String unitName, Styles styles) {
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        sheet.setColumnWidth(2, 22 * 256);
        sheet.setColumnWidth(3, 22 * 256);
        sheet.setColumnWidth(4, 8 * 256);
        WorkPlanContent content = plan.content();
        int[] r = {0};
        java.util.function.BiConsumer<String, String> line = (label, value) -> {
            Row row = sheet.createRow(r[0]++);
            text(row, 0, label, styles.header);
            text(row, 1, value, styles.wrap);
        };
        line.accept("Unit kerja", unitName);
        line.accept("Tahun", Integer.toString(plan.year()));
        line.accept("Revisi / status", plan.revision() + " / " + plan.status());
        for (int i = 0; i < content.legalBasis().size(); i++) {
            line.accept(i == 0 ? "Dasar hukum" : "", (i + 1) + ". " + content.legalBasis().get(i));
        }
        line.accept("Tujuan", content.purpose());
        for (int i = 0; i < content.targetPrioritas().size(); i++) {
            line.accept(i == 0 ? "Target prioritas" : "", (i + 1) + ". " + content.targetPrioritas().get(i));
        }
        if (content.pencanangan() != null) {
            line.accept("Pencanangan", content.pencanangan().toString());
        }
        if (content.paktaIntegritasCount() != null) {
            line.accept("Pakta integritas", content.paktaIntegritasCount() + " pegawai");
        }
        if (content.team() != null) {
            line.accept("SK Tim Kerja ZI", content.team().skNumber() + (content.team().skDate() == null ? "" : " tanggal " + content.team().skDate()));
            r[0]++;
            Row head = sheet.createRow(r[0]++);
            List<String> columns = List.of("Tim Kerja: nama", "", "NIP", "Peran", "Area");
            for (int c = 0; c < columns.size(); c++) {
                text(head, c, columns.get(c), styles.header);
            }
            for (TeamMember member : content.team().members()) {
                Row row = sheet.createRow(r[0]++);
                text(row, 0, member.name(), styles.wrap);
                text(row, 2, member.nip(), styles.wrap);
                text(row, 3, member.role() == null ? null : member.role().name(), styles.wrap);
                numeric(row, 4, member.area(), styles.center);
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void numeric(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle wrap;
        final CellStyle center;
        final CellStyle money;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrap = bordered(workbook);
            wrap.setWrapText(true);
            center = bordered(workbook);
            center.setAlignment(HorizontalAlignment.CENTER);
            money = bordered(workbook);
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }

    /**
     * Every rencana aksi row of an uploaded workbook, or every problem found in it. Rows are read in
     * full before anything is judged, so one upload reports all of its mistakes. Ids stay as written.
     */
    public static List<ActionRow> read(InputStream in) {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new WorkbookRejected("the file is not a readable XLSX workbook", List.of());
        }
        try (workbook) {
            Sheet sheet = workbook.getSheet(ROWS_SHEET);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            List<CellProblem> problems = new ArrayList<>();
            int headerIndex = findHeader(sheet, problems);
            if (headerIndex < 0) {
                throw new WorkbookRejected("the sheet has not the headers of the template", problems);
            }
            DataFormatter formatter = formatter();
            List<ActionRow> rows = new ArrayList<>();
            for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, formatter)) {
                    continue;
                }
                if (rows.size() == MAX_IMPORT_ROWS) {
                    problems.add(problem(r, AREA, "at most " + MAX_IMPORT_ROWS + " rows of rencana aksi"));
                    break;
                }
                rows.add(readRow(row, formatter, problems));
            }
            if (!problems.isEmpty()) {
                throw new WorkbookRejected(problems.size() + " problem(s) in the workbook; nothing was saved", problems);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Excel row of the {@code index}-th data row of an uploaded file laid out like ours. */
    static int excelRowOfDataRow(int index) {
        return HEADER_ROW_INDEX + 2 + index;
    }

    /** Reads cells as shown; a formula (a budget summed in Excel) counts as the value Excel last computed. */
    private static DataFormatter formatter() {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        return formatter;
    }

    private static int findHeader(Sheet sheet, List<CellProblem> problems) {
        DataFormatter formatter = formatter();
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 9); r++) {
            Row row = sheet.getRow(r);
            if (row == null || !"area".equalsIgnoreCase(value(row, AREA, formatter))) {
                continue;
            }
            for (int c = 0; c < HEADERS.size(); c++) {
                String found = value(row, c, formatter);
                // The row id column is ours; a sheet typed from scratch may leave it out.
                if (c == ROW_ID && found == null) {
                    continue;
                }
                if (found == null || !HEADERS.get(c).equalsIgnoreCase(found)) {
                    problems.add(new CellProblem(r + 1, letter(c), HEADERS.get(c),
                            "expected the header \"" + HEADERS.get(c) + "\" here, found " + (found == null ? "nothing" : "\"" + found + "\"")));
                }
            }
            return problems.isEmpty() ? r : -1;
        }
        problems.add(new CellProblem(HEADER_ROW_INDEX + 1, letter(AREA), HEADERS.get(AREA),
                "no header row found: use the template, whose headers start with \"Area\" in column A"));
        return -1;
    }

    private static ActionRow readRow(Row row, DataFormatter formatter, List<CellProblem> problems) {
        int r = row.getRowNum();
        Integer area = null;
        String areaText = value(row, AREA, formatter);
        Matcher matcher = areaText == null ? null : LEADING_NUMBER.matcher(areaText);
        if (matcher == null || !matcher.matches()) {
            problems.add(problem(r, AREA, areaText == null ? "the area is required (1-6)" : "an area is a number 1-6, not \"" + areaText + "\""));
        } else {
            area = Integer.valueOf(matcher.group(1));
            if (area < 1 || area > 6) {
                problems.add(problem(r, AREA, "an area of the komponen pengungkit is 1-6, not " + area));
            }
        }
        String indicatorRef = value(row, INDICATOR_REF, formatter);
        String indicator = value(row, INDICATOR, formatter);
        if (indicatorRef == null && indicator == null) {
            problems.add(problem(r, INDICATOR, "name the indicator: its LKE code in column " + letter(INDICATOR_REF) + ", its wording, or both"));
        }
        String criterion = value(row, CRITERION, formatter);
        if (criterion == null) {
            problems.add(problem(r, CRITERION, "the criterion or target is required"));
        }
        String stepsText = value(row, STEPS, formatter);
        List<String> steps = stepsText == null ? List.of()
                : Arrays.stream(stepsText.split("\\R")).map(String::strip).filter(step -> !step.isEmpty()).toList();
        List<String> evidence = new ArrayList<>();
        String evidenceText = value(row, EVIDENCE, formatter);
        if (evidenceText != null) {
            for (String part : evidenceText.split("[,;\\n]")) {
                String kind = part.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
                if (kind.isEmpty()) {
                    continue;
                }
                if (!ActionRow.EVIDENCE_KINDS.contains(kind)) {
                    problems.add(problem(r, EVIDENCE, "\"" + part.strip() + "\" is not a kind of evidence; use "
                            + String.join(", ", new TreeSet<>(ActionRow.EVIDENCE_KINDS))));
                } else if (!evidence.contains(kind)) {
                    evidence.add(kind);
                }
            }
        }
        List<Integer> schedule = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            String mark = value(row, FIRST_MONTH + m, formatter);
            if (mark == null) {
                continue;
            }
            if (mark.equalsIgnoreCase("x") || mark.equals("✓") || mark.equals("√")) {
                schedule.add(m + 1);
            } else {
                problems.add(problem(r, FIRST_MONTH + m, "mark a month with X or leave it empty, not \"" + mark + "\""));
            }
        }
        Long budget = null;
        Cell budgetCell = row.getCell(BUDGET);
        if (budgetCell != null && (budgetCell.getCellType() == CellType.NUMERIC
                || budgetCell.getCellType() == CellType.FORMULA && budgetCell.getCachedFormulaResultType() == CellType.NUMERIC)) {
            double amount = budgetCell.getNumericCellValue();
            if (amount < 0 || amount != Math.rint(amount)) {
                problems.add(problem(r, BUDGET, "a budget is a whole number of rupiah, zero or more"));
            } else {
                budget = (long) amount;
            }
        } else {
            String budgetText = value(row, BUDGET, formatter);
            if (budgetText != null) {
                // Typed as text, Indonesian style: "Rp 2.500.000" or "2.500.000,00".
                String digits = budgetText.replaceFirst("(?i)^rp\\.?", "").replaceFirst(",0+$", "").replace(".", "").strip();
                if (digits.matches("\\d{1,15}")) {
                    budget = Long.valueOf(digits);
                } else {
                    problems.add(problem(r, BUDGET, "a budget is a whole number of rupiah, not \"" + budgetText + "\""));
                }
            }
        }
        return new ActionRow(value(row, ROW_ID, formatter), area, indicatorRef, indicator, criterion, steps, evidence, schedule,
                value(row, PIC, formatter), value(row, OUTPUT, formatter), budget);
    }

    private static CellProblem problem(int rowIndex, int column, String message) {
        return new CellProblem(rowIndex + 1, letter(column), HEADERS.get(column), message);
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (int c = 0; c < HEADERS.size(); c++) {
            if (value(row, c, formatter) != null) {
                return false;
            }
        }
        return true;
    }

    /** The cell as the user sees it, trimmed; null when empty. */
    private static String value(Row row, int column, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String text = formatter.formatCellValue(cell).strip();
        return text.isEmpty() ? null : text;
    }
}
