package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agendum.file.SampleMeeting;
import org.agendum.testing.Fixtures;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in sample exported and read back: the real document CTOC/COP/WG.4/2018/1, line by line. */
class SampleExportTest {
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern WEEKDAY = Pattern.compile("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), .+");

    private static ExportedDocument exported;

    @BeforeAll
    static void export() {
        exported = ExportedDocument.of(SampleMeeting.load());
    }

    @AfterAll
    static void close() throws Exception {
        exported.close();
    }

    @Test
    void everyLineOfTheReferenceTextIsThereInOrder() {
        String document = normalised(String.join(" ", exported.allLines()));
        int from = 0;
        List<String> expected = Fixtures.referenceLines().stream().map(SampleExportTest::normalised)
                .filter(line -> !line.isEmpty()).toList();
        assertThat(expected).hasSizeGreaterThan(50);
        for (String line : expected) {
            int at = document.indexOf(line, from);
            assertThat(at).as("reference line, in order after position %d: %s", from, line).isNotNegative();
            from = at + line.length();
        }
    }

    @Test
    void theMastheadHasUnitedNationsTheSymbolTheBodyAndTheDistributionBlock() {
        List<String> masthead = ExportedDocument.lines(exported.firstHeader());
        assertThat(masthead.get(0).split("\t")).containsExactly("", "United Nations", "", "CTOC/COP/WG.4/2018/1");
        assertThat(masthead.get(1).split("\t")).containsExactly("",
                "Conference of the Parties to the United Nations Convention against Transnational Organized Crime", "",
                "Distr.: General 9 April 2018 Original: English");
    }

    @Test
    void theBlockUnderTheMastheadNamesTheMeetingPlaceAndDatesThenTheTitle() {
        List<String> body = exported.bodyLines().stream().filter(line -> !line.isBlank()).toList();
        assertThat(body.subList(0, 5)).containsExactly("Working Group on Trafficking in Persons",
                "Vienna, 2 and 3 July 2018", "\t\tAnnotated provisional agenda", "\t\tProvisional agenda",
                "1.\tOrganizational matters:");
        assertThat(body).contains("\t1.\tOrganizational matters", "\t(a)\tOpening of the meeting",
                "\t5.\tAdoption of the report");
    }

    @Test
    void theAnnexTableHasTheReferenceRowsInTheRightColumns() {
        List<List<String>> expected = new ArrayList<>();
        List<String> lines = Fixtures.referenceLines();
        for (String line : lines.subList(lines.indexOf("Proposed organization of work") + 1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.replaceAll("</?i>", "").split("\t", -1);
            List<String> row = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                row.add(i < cells.length ? cells[i].strip() : "");
            }
            // the text extraction put "Tuesday, 3 July" in the second column; it is a day row like Monday's
            if (WEEKDAY.matcher(row.get(1)).matches()) {
                row = List.of(row.get(1), "", "");
            }
            expected.add(row);
        }

        List<List<String>> actual = ExportedDocument.cells(annex()).stream()
                .filter(row -> !row.stream().allMatch(String::isEmpty)).toList();

        assertThat(expected).as("head, 2 day rows, 8 entries").hasSize(11);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void onlyTheWordContinuedIsItalicAndTheHeadsAreItalic() {
        XWPFTable annex = annex();
        for (XWPFTableCell head : annex.getRow(0).getTableCells()) {
            XWPFParagraph paragraph = head.getParagraphs().get(0);
            assertThat(paragraph.getRuns()).isNotEmpty().allSatisfy(run -> assertThat(
                    Formatting.italic(exported.document, paragraph, run)).as(paragraph.getText()).isTrue());
        }
        int continued = 0;
        for (XWPFTableRow row : annex.getRows().subList(1, annex.getRows().size())) {
            XWPFParagraph title = row.getCell(2).getParagraphs().get(0);
            for (XWPFRun run : title.getRuns()) {
                boolean italic = Formatting.italic(exported.document, title, run);
                assertThat(italic).as("run \"%s\" italic", run.text()).isEqualTo(run.text().equals("continued"));
                continued += run.text().equals("continued") ? 1 : 0;
            }
        }
        assertThat(continued).isEqualTo(2);
    }

    @Test
    void documentSymbolsLinkToTheirOdsAddresses() {
        List<String> targets = new ArrayList<>();
        for (XWPFParagraph paragraph : exported.document.getParagraphs()) {
            for (XWPFRun run : paragraph.getRuns()) {
                if (run instanceof XWPFHyperlinkRun link) {
                    targets.add(run.text() + " -> " + link.getHyperlink(exported.document).getURL());
                }
            }
        }
        assertThat(targets).containsExactly(
                "CTOC/COP/WG.4/2018/2 -> https://docs.un.org/en/CTOC/COP/WG.4/2018/2",
                "CTOC/COP/WG.4/2017/3 -> https://docs.un.org/en/CTOC/COP/WG.4/2017/3",
                "CTOC/COP/WG.4/2018/CRP.1 -> https://docs.un.org/en/CTOC/COP/WG.4/2018/CRP.1");
    }

    @Test
    void laterPagesCarryTheSymbolAndPageNumbersButNoJobNumberSinceTheSampleHasNone() {
        assertThat(String.join("", ExportedDocument.lines(exported.oddHeader()))).contains("CTOC/COP/WG.4/2018/1");
        assertThat(String.join("", ExportedDocument.lines(exported.evenHeader()))).contains("CTOC/COP/WG.4/2018/1");
        assertThat(ExportedDocument.lines(exported.firstFooter())).allSatisfy(line -> assertThat(line).isBlank());
        assertThat(String.join("", ExportedDocument.lines(exported.oddFooter())).strip()).isEqualTo("/");
        assertThat(exported.document.getSettings().getCTSettings().getDocVars().getDocVarList())
                .noneMatch(v -> v.getName().startsWith("job") || v.getName().equals("FooterJN"));
    }

    private static XWPFTable annex() {
        List<XWPFTable> tables = exported.bodyTables();
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    /** Without the text extraction's markup (list dashes, links, italics) and with spaces made plain. */
    static String normalised(String text) {
        String plain = MARKDOWN_LINK.matcher(text).replaceAll("$1").replaceAll("</?i>", "");
        plain = plain.strip();
        if (plain.startsWith("- ")) {
            plain = plain.substring(2);
        }
        return plain.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
