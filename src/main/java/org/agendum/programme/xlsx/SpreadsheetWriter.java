package org.agendum.programme.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.agendum.model.Paper;
import org.agendum.programme.table.ItemRow;
import org.agendum.programme.table.ProgrammeRow;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The programme as a spreadsheet (.xlsx, Apache POI): a sheet of the programme, a row per entry, and a sheet of the
 * agenda items with whether each is scheduled. Each sheet prints as it is: landscape on the duty station's paper,
 * fitted to the page's width, its head row frozen on screen and repeated on every printed page, the meeting's name
 * in the page header and "n/N" in the footer; right to left for an Arabic version.
 */
public final class SpreadsheetWriter {
    /** The programme's columns' widths in characters: date, time, item, title, continued, note. */
    private static final int[] PROGRAMME_WIDTHS = {18, 16, 12, 60, 12, 30};
    /** The items' columns' widths: item, title, scheduled, meetings. */
    private static final int[] ITEM_WIDTHS = {12, 70, 12, 48};

    /** What the spreadsheet holds, in the version's words; the rows come from the annex's table. */
    public record Content(String programmeSheet, List<String> programmeHeads, List<ProgrammeRow> programme,
                          String itemsSheet, List<String> itemHeads, List<ItemRow> items, String pageHeader,
                          Paper paper, boolean rightToLeft) {
    }

    private SpreadsheetWriter() {
    }

    public static byte[] write(Content content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            XSSFSheet programme = workbook.createSheet(SheetNames.safe(content.programmeSheet(), "Programme"));
            SheetTable table = new SheetTable(programme, styles, PROGRAMME_WIDTHS);
            table.heads(content.programmeHeads());
            String day = null;
            for (ProgrammeRow row : content.programme()) {
                // a rule above each new day, so the printed page falls into days as the annex does
                table.row(row.cells(), day != null && !day.equals(row.date()));
                day = row.date();
            }
            setUp(programme, PROGRAMME_WIDTHS, content);

            XSSFSheet items = workbook.createSheet(SheetNames.safe(content.itemsSheet(), "Agenda items"));
            SheetTable itemTable = new SheetTable(items, styles, ITEM_WIDTHS);
            itemTable.heads(content.itemHeads());
            for (ItemRow row : content.items()) {
                itemTable.row(row.cells(), false);
            }
            setUp(items, ITEM_WIDTHS, content);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** Column widths, the frozen head row and the print set-up. */
    private static void setUp(XSSFSheet sheet, int[] widths, Content content) {
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setRightToLeft(content.rightToLeft());
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(content.paper() == Paper.US_LETTER ? PrintSetup.LETTER_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // as many pages down as it takes
        sheet.getHeader().setCenter(HeaderText.escape(content.pageHeader()));
        sheet.getFooter().setCenter("&P/&N");
    }
}
