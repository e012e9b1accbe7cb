package org.agendum.programme.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of both sheets: heads bold over a rule, text wrapped at the top of its cell. */
final class SheetStyles {
    final XSSFCellStyle head;
    final XSSFCellStyle text;
    final XSSFCellStyle textAfterRule;

    SheetStyles(XSSFWorkbook workbook) {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        head = workbook.createCellStyle();
        head.setFont(bold);
        head.setBorderBottom(BorderStyle.MEDIUM);
        head.setVerticalAlignment(VerticalAlignment.TOP);
        head.setWrapText(true);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setWrapText(true);
        textAfterRule = workbook.createCellStyle();
        textAfterRule.cloneStyleFrom(text);
        textAfterRule.setBorderTop(BorderStyle.THIN);
    }
}
