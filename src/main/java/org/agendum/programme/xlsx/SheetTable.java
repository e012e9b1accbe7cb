package org.agendum.programme.xlsx;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes a sheet's rows of text from the top: the head row, then one row per call. */
final class SheetTable {
    private final XSSFSheet sheet;
    private final SheetStyles styles;
    private int next;

    SheetTable(XSSFSheet sheet, SheetStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
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
        for (int column = 0; column < cells.size(); column++) {
            XSSFCell cell = row.createCell(column);
            cell.setCellStyle(style);
            if (!cells.get(column).isEmpty()) {
                cell.setCellValue(SheetText.clean(cells.get(column)));
            }
        }
    }
}
