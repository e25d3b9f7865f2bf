package id.zi.planning.plan.document;

/**
 * One thing wrong in an uploaded workbook, located the way the user sees it in Excel.
 *
 * @param row    the row number Excel shows (1-based)
 * @param column the column letter, e.g. {@code G}
 * @param header the column's header, e.g. {@code Jan}
 */
public record CellProblem(int row, String column, String header, String message) {
}
