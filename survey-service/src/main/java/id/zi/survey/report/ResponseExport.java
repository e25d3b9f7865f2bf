package id.zi.survey.report;

import id.zi.survey.index.InvalidSurveyInput;
import id.zi.survey.response.ProfileQuestions;
import id.zi.survey.response.PublicAnswering;
import id.zi.survey.response.SurveyResponse;
import id.zi.survey.survey.InstrumentVersion;
import id.zi.survey.survey.Survey;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The anonymised responses of a period as CSV or XLSX, one row per response, written as they are read so a
 * large survey never sits in memory. A row has the answers by element code and the profile codes; it keeps
 * the day of the response but not the time, which with a small counter could point at a person.
 */
public final class ResponseExport {

    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        public static Format named(@Nullable String name) {
            if (name == null || name.isBlank()) {
                return CSV;
            }
            return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw new InvalidSurveyInput("format", "csv or xlsx, not '" + name + "'");
            };
        }
    }

    /** Feeds the responses to export to a row writer. */
    public interface Source {
        void forEach(Consumer<SurveyResponse> row);
    }

    private ResponseExport() {
    }

    public static void write(Format format, Survey survey, String periodKey, Source responses, OutputStream out) throws IOException {
        List<String> codes = codes(survey);
        List<String> header = new ArrayList<>(List.of("responseId", "surveyId", "instrument", "serviceType", "period", "month", "date",
                "instrumentVersion"));
        header.addAll(codes);
        ProfileQuestions.ALL.forEach(question -> header.add(question.field()));
        if (format == Format.CSV) {
            csv(survey, periodKey, codes, header, responses, out);
        } else {
            xlsx(survey, periodKey, codes, header, responses, out);
        }
    }

    /** Every code the survey ever asked, the current version's first, so an old version's answers keep their column. */
    static List<String> codes(Survey survey) {
        Set<String> codes = new LinkedHashSet<>(survey.current().codes());
        for (InstrumentVersion version : survey.versions()) {
            codes.addAll(version.codes());
        }
        return List.copyOf(codes);
    }

    private static List<String> row(Survey survey, String periodKey, List<String> codes, SurveyResponse response) {
        List<String> row = new ArrayList<>(List.of(response.id(), survey.id(), survey.instrument().name(), survey.serviceType().code(), periodKey,
                response.month().toString(), response.recordedAt().atZone(PublicAnswering.WIB).toLocalDate().toString(),
                Integer.toString(response.instrumentVersion())));
        for (String code : codes) {
            Integer answer = response.answers().get(code);
            row.add(answer == null ? "" : answer.toString());
        }
        ProfileQuestions.ALL.forEach(question -> {
            String value = response.profile().given().get(question.field());
            row.add(value == null ? "" : value);
        });
        return row;
    }

    private static void csv(Survey survey, String periodKey, List<String> codes, List<String> header, Source responses, OutputStream out)
            throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(writer, header);
        try {
            responses.forEach(response -> line(writer, row(survey, periodKey, codes, response)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static void line(BufferedWriter writer, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(csvCell(cells.get(i)));
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 quoting; text a spreadsheet would run as a formula is prefixed with an apostrophe. */
    static String csvCell(String value) {
        String cell = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private static void xlsx(Survey survey, String periodKey, List<String> codes, List<String> header, Source responses, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet("Responden " + periodKey);
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
                first.getCell(i).setCellStyle(bold);
            }
            int[] next = {1};
            int answersFrom = header.indexOf(codes.isEmpty() ? "" : codes.getFirst());
            responses.forEach(response -> {
                Row row = sheet.createRow(next[0]++);
                List<String> cells = row(survey, periodKey, codes, response);
                for (int i = 0; i < cells.size(); i++) {
                    String value = cells.get(i);
                    boolean number = (i == 7 || (i >= answersFrom && i < answersFrom + codes.size())) && !value.isEmpty();
                    if (number) {
                        row.createCell(i).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(i).setCellValue(value);
                    }
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
