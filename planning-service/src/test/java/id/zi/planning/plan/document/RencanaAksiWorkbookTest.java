package id.zi.planning.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.zi.planning.plan.ActionRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The sheet layout read as users fill it in Excel: formulas, typed rupiah, and a header changed by hand. */
class RencanaAksiWorkbookTest {

    @Test
    void aBudgetSummedInExcelAndOneTypedAsRupiahAreRead() throws IOException {
        byte[] file = filled(sheet -> {
            Row formula = sheet.createRow(2);
            formula.createCell(0).setCellValue("Area 3");
            formula.createCell(2).setCellValue("Pola mutasi internal");
            formula.createCell(3).setCellValue("Pola mutasi ditetapkan");
            formula.createCell(17).setCellValue("x");
            formula.createCell(20).setCellFormula("1500000+250000");
            Row typed = sheet.createRow(4);
            typed.createCell(0).setCellValue(4);
            typed.createCell(1).setCellValue("A.I.4");
            typed.createCell(3).setCellValue("Laporan kinerja tepat waktu");
            typed.createCell(20).setCellValue("Rp 2.500.000,00");
        });
        List<ActionRow> rows = RencanaAksiWorkbook.read(new ByteArrayInputStream(file));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).area()).isEqualTo(3);
        assertThat(rows.get(0).schedule()).containsExactly(12);
        assertThat(rows.get(0).budget()).isEqualTo(1_750_000L);
        assertThat(rows.get(1).budget()).isEqualTo(2_500_000L);
        assertThat(rows.get(1).rowId()).isNull();
    }

    @Test
    void aSheetWhoseHeadersWereChangedIsRefusedAtTheHeader() throws IOException {
        byte[] file = filled(sheet -> sheet.getRow(1).getCell(3).setCellValue("Target"));
        assertThatThrownBy(() -> RencanaAksiWorkbook.read(new ByteArrayInputStream(file))).isInstanceOfSatisfying(WorkbookRejected.class,
                rejected -> assertThat(rejected.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.row()).isEqualTo(2);
                    assertThat(problem.column()).isEqualTo("D");
                    assertThat(problem.message()).contains("Kriteria/Target", "Target");
                }));
    }

    private static byte[] filled(java.util.function.Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(RencanaAksiWorkbook.template()))) {
            fill.accept(workbook.getSheet(RencanaAksiWorkbook.ROWS_SHEET));
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
