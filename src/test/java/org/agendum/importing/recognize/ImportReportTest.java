package org.agendum.importing.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourcePlace;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.FootnoteMark;
import org.agendum.model.ItemId;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.junit.jupiter.api.Test;

/**
 * Text the import did not place keeps its content as an annotation would hold it (italics, bold, links, footnotes),
 * beside its plain text for the report's lines.
 */
class ImportReportTest {
    private static final String ODS = DocumentSymbol.odsAddress("CTOC/COP/WG.4/2018/2");
    private static final FootnoteMark NOTE = new FootnoteMark(List.of(TextRun.plain("See "),
            new TextRun("resolution 5/2", TextStyle.ITALIC), TextRun.plain(".")));

    /** "  The Working Group will consider the note (CTOC/COP/WG.4/2018/2).¹  " as a Word reader gives it. */
    private static SourceParagraph richParagraph(String start) {
        return new SourceParagraph(List.of(TextRun.plain(start + "The "),
                new TextRun("Working Group", TextStyle.ITALIC), TextRun.plain(" will  consider the note ("),
                new TextRun("CTOC/COP/WG.4/2018/2", TextStyle.link(ODS)), TextRun.plain(")."), NOTE,
                TextRun.plain("  ")), "", "", SourceParagraph.Alignment.LEFT, 0, new SourcePlace(7, "paragraph 7"));
    }

    private static final Paragraph RICH = Paragraph.body(TextRun.plain("The "),
            new TextRun("Working Group", TextStyle.ITALIC), TextRun.plain(" will consider the note ("),
            new TextRun("CTOC/COP/WG.4/2018/2", TextStyle.link(ODS)), TextRun.plain(")."), NOTE);

    @Test
    void aParagraphNotPlacedKeepsItsItalicsLinksAndFootnotesAndItsPlainTextForTheLines() {
        Reporter reporter = new Reporter();

        reporter.notPlaced(Unit.of(richParagraph("  ")), "Before the first item's annotation heading");

        ReportEntry entry = reporter.entries().get(0);
        assertThat(entry.kind()).isEqualTo(ReportEntry.Kind.NOT_PLACED);
        assertThat(entry.text()).isEqualTo("The Working Group will  consider the note (CTOC/COP/WG.4/2018/2).");
        assertThat(entry.content()).isEqualTo(RichText.of(RICH));
        assertThat(entry.sentence()).isEqualTo("Before the first item's annotation heading");
    }

    @Test
    void aTypedParagraphNumberIsLeftOutOfTheContentAsFromAnAnnotationAndTheSentenceSaysSo() {
        Reporter reporter = new Reporter();

        reporter.notPlaced(Unit.of(richParagraph("3. ")), "Between the title and the provisional agenda");

        ReportEntry entry = reporter.entries().get(0);
        assertThat(entry.text()).startsWith("3. The Working Group");
        assertThat(entry.content()).isEqualTo(RichText.of(RICH));
        assertThat(entry.sentence()).endsWith("its number \u201C3.\u201D is not kept when it is added to an annotation"
                + " (Agendum does not number annotation paragraphs)");
    }

    @Test
    void aFootnoteNotPlacedKeepsItsFormattingAsAParagraph() {
        Reporter reporter = new Reporter();
        ItemId item = new ItemId("item-1");

        reporter.notPlaced(Unit.of(richParagraph("")), "A footnote to the title of item 1", NOTE, item);

        ReportEntry entry = reporter.entries().get(0);
        assertThat(entry.text()).isEqualTo("See resolution 5/2.");
        assertThat(entry.content()).isEqualTo(RichText.of(Paragraph.body(TextRun.plain("See "),
                new TextRun("resolution 5/2", TextStyle.ITALIC), TextRun.plain("."))));
        assertThat(entry.item()).contains(item);
    }

    @Test
    void whatWasPlacedCarriesNoContentToAdd() {
        Reporter reporter = new Reporter();

        reporter.recognized(Unit.of(richParagraph("")), "An annotation paragraph of item 1");

        assertThat(reporter.entries().get(0).content()).isEqualTo(RichText.EMPTY);
    }
}
