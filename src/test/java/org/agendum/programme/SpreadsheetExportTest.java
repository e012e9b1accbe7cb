package org.agendum.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.WordExport;
import org.agendum.model.DutyStation;
import org.agendum.model.Meeting;
import org.agendum.programme.table.ProgrammeRow;
import org.agendum.programme.xlsx.SheetText;
import org.agendum.testing.TestMeetings;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The sample's programme as a spreadsheet, read back with POI against the Word annex (issue 20). */
class SpreadsheetExportTest {
    private static XSSFWorkbook workbook(Meeting meeting) throws Exception {
        byte[] bytes = ProgrammeExport.toBytes(meeting, ProgrammeFormat.XLSX, ProgrammeOptions.DEFAULT,
                Optional.empty());
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<List<String>> rows(XSSFSheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < row.getLastCellNum(); column++) {
                cells.add(format.formatCellValue(row.getCell(column)));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theProgrammeSheetHoldsTheAnnexTablesRowsUnderItsHeads() throws Exception {
        Meeting sample = TestMeetings.sample();
        try (XSSFWorkbook workbook = workbook(sample)) {
            XSSFSheet programme = workbook.getSheet("Programme");
            List<List<String>> rows = rows(programme);
            assertThat(rows.get(0)).containsExactly("Date", "Time", "Agenda item", "Title or description",
                    "Continued", "Note");
            List<List<String>> expected = ProgrammeExport.rows(sample, ProgrammeExport.language(sample),
                    SheetText::clean).stream().map(ProgrammeRow::cells).toList();
            assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(expected);
            assertThat(rows.get(1)).containsExactly("Monday, 2 July", "10 a.m.–1 p.m.", "1 (a)",
                    "Opening of the meeting", "", "");
            assertThat(rows.get(4)).containsExactly("Monday, 2 July", "3–6 p.m.", "2", "International cooperation "
                    + "in cases of trafficking in persons: considering the needs and rights of victims", "Continued", "");
        }
    }

    /** The entries of the Word annex (rows with an item number) are the spreadsheet's, in the same order. */
    @Test
    void itsEntriesAreTheWordAnnexsEntries() throws Exception {
        Meeting sample = TestMeetings.sample();
        List<String> annex = new ArrayList<>();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(
                WordExport.toBytes(sample, ExportOptions.DEFAULT)))) {
            List<XWPFTable> tables = word.getTables();
            for (XWPFTableRow row : tables.get(tables.size() - 1).getRows()) {
                if (row.getTableCells().size() == 3 && row.getCell(1).getText().matches("\\d.*")) {
                    annex.add(row.getCell(1).getText() + " | " + row.getCell(2).getText());
                }
            }
        }
        List<String> sheet = new ArrayList<>();
        try (XSSFWorkbook workbook = workbook(sample)) {
            for (List<String> row : rows(workbook.getSheet("Programme")).subList(1, 9)) {
                sheet.add(row.get(2) + " | " + row.get(3) + (row.get(4).isEmpty() ? "" : " (continued)"));
            }
        }
        assertThat(annex).hasSize(8).containsExactlyElementsOf(sheet);
    }

    @Test
    void theItemsSheetSaysWhichItemsAreScheduled() throws Exception {
        try (XSSFWorkbook workbook = workbook(TestMeetings.sample())) {
            List<List<String>> rows = rows(workbook.getSheet("Agenda items"));
            assertThat(rows.get(0)).containsExactly("Agenda item", "Title or description", "Scheduled", "Meetings");
            assertThat(rows).extracting(row -> row.get(0)).containsExactly("Agenda item", "1", "1 (a)", "1 (b)", "2",
                    "3", "4", "5");
            assertThat(rows).extracting(row -> row.get(2)).containsOnly("Scheduled", "Yes");
            assertThat(rows.get(4).get(3)).isEqualTo("Monday, 2 July, 10 a.m.–1 p.m.; Monday, 2 July, 3–6 p.m.");
        }
    }

    @Test
    void eachSheetPrintsLandscapeOnTheStationsPaperWithItsHeadsFrozenAndRepeated() throws Exception {
        Meeting newYork = TestMeetings.sample().withDetails(TestMeetings.sample().details().toBuilder()
                .dutyStation(DutyStation.NEW_YORK).build());
        for (var meeting : List.of(TestMeetings.sample(), newYork)) {
            short paper = meeting == newYork ? PrintSetup.LETTER_PAPERSIZE : PrintSetup.A4_PAPERSIZE;
            try (XSSFWorkbook workbook = workbook(meeting)) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
                for (int i = 0; i < 2; i++) {
                    XSSFSheet sheet = workbook.getSheetAt(i);
                    assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                    assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(paper);
                    assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                    assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
                    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                    assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
                    assertThat(sheet.getHeader().getCenter()).contains("Working Group on Trafficking in Persons",
                            "Vienna, 2 and 3 July 2018");
                }
            }
        }
    }
}
