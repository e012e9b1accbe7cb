package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agendum.file.SampleMeeting;
import org.agendum.model.DutyStation;
import org.agendum.model.Meeting;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** The page, the styles and the page furniture, read back with POI, for each duty station. */
class LayoutTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // station, width, height, top, bottom, left, right, header, footer
        "VIENNA,   11906, 16838, 1440, 1152, 1033, 1033, 432, 504",
        "GENEVA,   11906, 16838, 1417, 1134, 1134, 1134, 850, 567",
        "NEW_YORK, 12240, 15840, 1440, 1152, 1200, 1200, 432, 504"})
    void paperAndMarginsFollowTheDutyStation(DutyStation station, int width, int height, int top, int bottom,
                                             int left, int right, int header, int footer) throws Exception {
        Meeting meeting = SampleMeeting.load();
        try (ExportedDocument exported = ExportedDocument.of(
                meeting.withDetails(meeting.details().toBuilder().dutyStation(station).build()))) {
            CTSectPr section = exported.document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(width));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(height));
            CTPageMar margins = section.getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight(),
                    margins.getHeader(), margins.getFooter()).stream().map(v -> ((Number) v).intValue()).toList())
                    .containsExactly(top, bottom, left, right, header, footer);

            // the masthead and the annex fit the text width of the station
            int textWidth = width - left - right;
            assertThat(gridWidth(exported.firstHeader().getTables().get(0))).isEqualTo(textWidth);
            XWPFTable annex = exported.bodyTables().get(0);
            assertThat(gridWidth(annex)).isEqualTo(textWidth - 2 * 1267);
            assertThat(annex.getCTTbl().getTblPr().getTblInd().getW()).isEqualTo(BigInteger.valueOf(1267));
        }
    }

    @Test
    void theStylesHaveTheUnNamesAndValues() throws Exception {
        try (ExportedDocument exported = ExportedDocument.of(SampleMeeting.load())) {
            Map<String, String> names = exported.document.getStyles().getStyles().stream()
                    .collect(Collectors.toMap(XWPFStyle::getStyleId, XWPFStyle::getName));
            assertThat(names).contains(Map.entry("Normal", "Normal"), Map.entry("SingleTxt", "__Single Txt"),
                    Map.entry("HCh", "_ H _Ch"), Map.entry("H1", "_ H_1"), Map.entry("H23", "_ H_2/3"),
                    Map.entry("H4", "_ H_4"), Map.entry("H56", "_ H_5/6"), Map.entry("TitleHCH", "Title_H_CH"),
                    Map.entry("TitleH1", "Title_H1"), Map.entry("XLarge", "XLarge"), Map.entry("Session", "Session"),
                    Map.entry("FootnoteText", "footnote text"), Map.entry("FootnoteReference", "footnote reference"),
                    Map.entry("Header", "header"), Map.entry("Footer", "footer"));

            CTStyle normal = style(exported, "Normal");
            assertThat(normal.getRPr().getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
            assertThat(halfPoints(normal.getRPr())).isEqualTo(20);
            assertThat(((Number) normal.getPPr().getSpacing().getLine()).intValue()).isEqualTo(240);
            assertThat(normal.getPPr().getSpacing().getLineRule().toString()).isEqualTo("exact");
            assertThat(normal.getRPr().getWArray(0).getVal()).hasToString("103");

            CTPPrGeneral single = style(exported, "SingleTxt").getPPr();
            assertThat(((Number) single.getInd().getLeft()).intValue()).isEqualTo(1267);
            assertThat(((Number) single.getInd().getRight()).intValue()).isEqualTo(1267);
            assertThat(((Number) single.getSpacing().getAfter()).intValue()).isEqualTo(120);
            assertThat(single.getJc().getVal().toString()).isEqualTo("both");

            assertThat(halfPoints(style(exported, "HCh").getRPr())).isEqualTo(28);
            assertThat(halfPoints(style(exported, "H1").getRPr())).isEqualTo(24);
            assertThat(style(exported, "H1").getRPr().sizeOfBArray()).isEqualTo(1);
            assertThat(halfPoints(style(exported, "H23").getRPr())).isEqualTo(20);
            assertThat(style(exported, "H4").getRPr().sizeOfIArray()).isEqualTo(1);
            assertThat(halfPoints(style(exported, "FootnoteText").getRPr())).isEqualTo(17);
            assertThat(style(exported, "TitleHCH").getBasedOn().getVal()).isEqualTo("HCh");
            assertThat(((Number) style(exported, "TitleHCH").getPPr().getInd().getHanging()).intValue()).isEqualTo(1267);
        }
    }

    @Test
    void theBodyTextIsWrittenInTheCataloguesStyles() throws Exception {
        try (ExportedDocument exported = ExportedDocument.of(SampleMeeting.load())) {
            List<String> used = exported.document.getParagraphs().stream().map(XWPFParagraph::getStyleID).toList();
            assertThat(used).doesNotContainNull()
                    .allSatisfy(id -> assertThat(exported.document.getStyles().styleExist(id)).as(id).isTrue());
            assertThat(used).contains("Session", "TitleHCH", "HCh", "H23", "H4", "SingleTxt");
            // the annotations' running text is SingleTxt without direct indents or fonts
            XWPFParagraph opening = exported.document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("The eighth meeting")).findFirst().orElseThrow();
            assertThat(opening.getStyleID()).isEqualTo("SingleTxt");
            assertThat(opening.getCTP().getPPr().isSetInd()).isFalse();
            assertThat(opening.getRuns()).allSatisfy(run -> assertThat(run.getCTR().getRPr()).isNull());
        }
    }

    @Test
    void firstPageAndOddAndEvenPagesHaveTheirOwnHeadersAndFooters() throws Exception {
        try (ExportedDocument exported = ExportedDocument.of(SampleMeeting.load())) {
            CTSectPr section = exported.document.getDocument().getBody().getSectPr();
            assertThat(section.isSetTitlePg()).isTrue();
            assertThat(exported.document.getSettings().getEvenAndOddHeadings()).isTrue();
            assertThat(exported.firstHeader()).isNotNull();
            assertThat(exported.firstFooter()).isNotNull();

            // odd pages: the symbol on the right; even pages: on the left
            List<XWPFTableCell> odd = exported.oddHeader().getTables().get(0).getRow(0).getTableCells();
            List<XWPFTableCell> even = exported.evenHeader().getTables().get(0).getRow(0).getTableCells();
            assertThat(odd.get(0).getText()).isEmpty();
            assertThat(odd.get(1).getText()).isEqualTo("CTOC/COP/WG.4/2018/1");
            assertThat(odd.get(1).getParagraphs().get(0).getAlignment().toString()).isEqualTo("RIGHT");
            assertThat(even.get(0).getText()).isEqualTo("CTOC/COP/WG.4/2018/1");
            assertThat(even.get(1).getText()).isEmpty();

            // page "n/N" on the outer edge: right on odd pages, left on even pages
            assertThat(fieldCodes(exported.oddFooter().getTables().get(0).getRow(0).getCell(1)))
                    .containsSubsequence("PAGE", "NUMPAGES");
            assertThat(fieldCodes(exported.evenFooter().getTables().get(0).getRow(0).getCell(0)))
                    .containsSubsequence("PAGE", "NUMPAGES");
            assertThat(exported.oddFooter().getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("/");
        }
    }

    @Test
    void theAnnexTableHasFixedColumnsAndARepeatedHeadRow() throws Exception {
        try (ExportedDocument exported = ExportedDocument.of(SampleMeeting.load())) {
            XWPFTable annex = exported.bodyTables().get(0);
            assertThat(annex.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
            assertThat(annex.getCTTbl().getTblGrid().getGridColList())
                    .extracting(col -> ((Number) col.getW()).intValue()).containsExactly(2160, 936, 4210);
            assertThat(annex.getRow(1).getTableCells()).extracting(cell -> cell.getWidth())
                    .containsExactly(2160, 936, 4210);
            assertThat(annex.getRow(0).isRepeatHeader()).isTrue();
            assertThat(annex.getRow(2).isRepeatHeader()).isFalse();
            // the annex starts a page
            XWPFParagraph annexHeading = exported.document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("Annex")).findFirst().orElseThrow();
            assertThat(annexHeading.isPageBreak()).isTrue();
        }
    }

    private static List<String> fieldCodes(XWPFTableCell cell) {
        return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .flatMap(r -> r.getCTR().getInstrTextList().stream()).map(t -> t.getStringValue().strip())
                .map(code -> code.split("\\s+")[0]).toList();
    }

    private static CTStyle style(ExportedDocument exported, String id) {
        return exported.document.getStyles().getStyle(id).getCTStyle();
    }

    private static int halfPoints(CTRPr rPr) {
        return ((Number) rPr.getSzArray(0).getVal()).intValue();
    }

    private static int gridWidth(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream().mapToInt(c -> ((Number) c.getW()).intValue())
                .sum();
    }
}
