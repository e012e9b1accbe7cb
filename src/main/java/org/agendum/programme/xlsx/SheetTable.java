package org.agendum.programme.xlsx;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes a sheet's rows of text from the top: the head row, then one row per call. Each row is as high as its
 * longest wrapped cell: LibreOffice Calc does not grow a row for wrapped text when it opens a workbook, and the
 * lines of a long title overlapped the next row.
 */
final class SheetTable {
    /** A line of the default 11-point font, in points. */
    private static final float LINE = 15f;
    /** Characters of ordinary text per unit of column width (the width of a "0"): text is narrower than digits. */
    private static final double CHARACTERS_PER_UNIT = 1.1;

    private final XSSFSheet sheet;
    private final SheetStyles styles;
    private final int[] widths;
    private int next;

    /** @param widths the columns' widths in characters, as the sheet sets them */
    SheetTable(XSSFSheet sheet, SheetStyles styles, int[] widths) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = widths.clone();
    }

    void heads(List<String> heads) {
        write(heads, styles.head);
    }

    /** @param afterRule a thin rule above the row (a new day) */
    void row(List<String> cells, boolean afterRule) {
        write(cells, afterRule ? styles.textAfterRule : styles.text);
    }

    private void write(List<String> cells, org.apache.poi.xssf.usermodel.XSSFCellStyle style) {
        XSSFRow row = sheet.createRow(next++);
        int lines = 1;
        for (int column = 0; column < cells.size(); column++) {
            lines = Math.max(lines, lines(cells.get(column), column < widths.length ? widths[column] : 10));
            XSSFCell cell = row.createCell(column);
            cell.setCellStyle(style);
            if (!cells.get(column).isEmpty()) {
                cell.setCellValue(SheetText.clean(cells.get(column)));
            }
        }
        row.setHeightInPoints(lines * LINE + 2);
    }

    /** How many lines the text wraps to in a column this wide (a margin of a character left). */
    static int lines(String text, int width) {
        double perLine = Math.max(1, (width - 1) * CHARACTERS_PER_UNIT);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(line.length() / perLine));
        }
        return Math.min(lines, 40); // Calc shows at most a page's height of a row anyway
    }
}
