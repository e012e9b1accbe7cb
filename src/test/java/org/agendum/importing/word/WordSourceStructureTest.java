package org.agendum.importing.word;

import static org.agendum.importing.word.BuiltDocuments.paragraph;
import static org.agendum.importing.word.BuiltDocuments.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendum.importing.SourceBlocks;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourceTable;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.junit.jupiter.api.Test;

/** What people's Word documents hold besides plain paragraphs: nothing of it is lost or read twice. */
class WordSourceStructureTest {
    @Test
    void trackedChangesReadAsAcceptedAndAreReported() throws Exception {
        XWPFDocument document = new XWPFDocument();
        paragraph(document, run("The meeting will ") + "<w:ins w:id=\"1\" w:author=\"A\">" + run("be opened")
                + "</w:ins><w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>start</w:delText></w:r></w:del>"
                + run(" at 10 a.m."));

        SourceDocument read = WordSource.read(BuiltDocuments.bytes(document), "changes.docx");

        assertThat(SourceBlocks.paragraphs(read.body())).extracting(SourceParagraph::plainText)
                .containsExactly("The meeting will be opened at 10 a.m.");
        assertThat(read.furnitureRemoved())
                .contains("tracked changes, read as if accepted: 1 insertion(s) kept, 1 deletion(s) left out");
    }

    @Test
    void contentControlsTextBoxesAndFieldsGiveTheirTextOnce() throws Exception {
        XWPFDocument document = new XWPFDocument();
        paragraph(document, "<w:sdt><w:sdtPr/><w:sdtContent>" + run("In a content control") + "</w:sdtContent></w:sdt>");
        paragraph(document, run("Before the box") + "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>"
                + run("In a text box") + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>");
        paragraph(document, "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                + " HYPERLINK \"https://www.unodc.org/\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/>"
                + "</w:r>" + run("UNODC") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run(", page ")
                + "<w:fldSimple w:instr=\" PAGE \">" + run("7") + "</w:fldSimple>");

        SourceDocument read = WordSource.read(BuiltDocuments.bytes(document), "controls.docx");

        List<SourceParagraph> paragraphs = SourceBlocks.paragraphs(read.body());
        assertThat(paragraphs).extracting(SourceParagraph::plainText).containsExactly("In a content control",
                "Before the box", "In a text box", "UNODC, page ");
        assertThat(paragraphs.get(2).place().description()).isEqualTo("paragraph 3 (in a text box)");
        assertThat(paragraphs.get(3).inlines()).startsWith(new TextRun("UNODC",
                TextStyle.link("https://www.unodc.org/")));
        assertThat(read.furnitureRemoved()).contains("page numbers (Word's PAGE and NUMPAGES fields)");
    }

    @Test
    void mergedCellsSayTheirSpanAndWhetherTheyContinueTheCellAbove() throws Exception {
        XWPFDocument document = new XWPFDocument();
        BuiltDocuments.table(document, "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p>" + run("Monday") + "</w:p></w:tc>"
                + "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p>" + run("Opening") + "</w:p><w:p>"
                + run("Second paragraph") + "</w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p>" + run("1 (a)") + "</w:p></w:tc>"
                + "<w:tc><w:tbl><w:tr><w:tc><w:p>" + run("Nested") + "</w:p></w:tc></w:tr></w:tbl></w:tc></w:tr>");

        SourceDocument read = WordSource.read(BuiltDocuments.bytes(document), "merged.docx");

        SourceTable table = SourceBlocks.tables(read.body()).get(0);
        assertThat(table.rows()).hasSize(2);
        SourceTable.Cell monday = table.rows().get(0).cells().get(0);
        assertThat(monday.continuesAbove()).isFalse();
        assertThat(table.rows().get(0).cells().get(1).span()).isEqualTo(2);
        assertThat(table.rows().get(0).cells().get(1).plainText()).isEqualTo("Opening\nSecond paragraph");
        assertThat(table.rows().get(0).cells().get(1).paragraphs().get(1).place().description())
                .isEqualTo("table 1, row 1, cell 2, paragraph 2");
        assertThat(table.rows().get(1).cells().get(0).continuesAbove()).isTrue();
        assertThat(table.rows().get(1).cells().get(0).paragraphs()).isEmpty();
        assertThat(table.rows().get(1).cells().get(2).plainText()).isEqualTo("Nested");
    }

    /** A received document is not trusted: a link to a file, a share or a script keeps its text, plain, and is said. */
    @Test
    void linksAMeetingMayNotHoldArePlainTextAndReported() throws Exception {
        XWPFDocument document = new XWPFDocument();
        String share = document.getPackagePart().addExternalRelationship("file://fileserver/secret/budget.xlsx",
                XWPFRelation.HYPERLINK.getRelation()).getId();
        String web = document.getPackagePart().addExternalRelationship("https://www.unodc.org/",
                XWPFRelation.HYPERLINK.getRelation()).getId();
        paragraph(document, "<w:hyperlink r:id=\"" + share + "\">" + run("the budget") + "</w:hyperlink>"
                + run(" and ") + "<w:hyperlink r:id=\"" + web + "\">" + run("UNODC") + "</w:hyperlink>");
        paragraph(document, "<w:fldSimple w:instr=\" HYPERLINK &quot;javascript:alert(1)&quot; \">" + run("Click")
                + "</w:fldSimple>");

        SourceDocument read = WordSource.read(BuiltDocuments.bytes(document), "links.docx");

        List<SourceParagraph> paragraphs = SourceBlocks.paragraphs(read.body());
        assertThat(paragraphs.get(0).inlines()).containsExactly(new TextRun("the budget and ", TextStyle.PLAIN),
                new TextRun("UNODC", TextStyle.link("https://www.unodc.org/")));
        assertThat(paragraphs.get(1).inlines()).containsExactly(new TextRun("Click", TextStyle.PLAIN));
        assertThat(read.furnitureRemoved()).contains(
                "a link to \u201Cfile://fileserver/secret/budget.xlsx\u201D, kept as plain text: a meeting links only"
                        + " to web and e-mail addresses",
                "a link to \u201Cjavascript:alert(1)\u201D, kept as plain text: a meeting links only to web and e-mail"
                        + " addresses");
    }

    /** Agendum's Arabic export marks Latin runs for the bidi algorithm; the marks are not text the officer typed. */
    @Test
    void directionMarksAreNotText() throws Exception {
        XWPFDocument document = new XWPFDocument();
        paragraph(document, run("\u200E9 April 2018") + run(" \u0648 ") + run("\u200E10:00\u200F"));

        SourceDocument read = WordSource.read(BuiltDocuments.bytes(document), "arabic.docx");

        assertThat(SourceBlocks.paragraphs(read.body())).extracting(SourceParagraph::plainText)
                .containsExactly("9 April 2018 \u0648 10:00");
    }
}
