package org.agendum.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA;
import static org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_BOLD;
import static org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_OBLIQUE;

import java.util.List;
import org.agendum.importing.pdf.PdfFiles.Line;
import org.agendum.importing.pdf.PdfFiles.Run;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.text.TextSource;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.junit.jupiter.api.Test;

/**
 * What a PDF shows beyond its characters: a bold heading ending where its paragraph starts, space between paragraphs,
 * italic words and links. Each case is set so that its characters alone read otherwise (every line full, so the text
 * reader would run them on), which each test shows first.
 */
class PdfLookTest {
    private static final float PITCH = 12;
    private static final float SPACED = 18;

    /** A bold heading as wide as the lines after it, its paragraph, then another paragraph after the usual space. */
    private static final List<Line> HEADING_AND_PARAGRAPHS = List.of(
            new Line(0, new Run("Follow-up to the outcome of the Congress on Crime Prevention and Criminal Justice",
                    HELVETICA_BOLD)),
            new Line(SPACED, new Run("The Working Group will have before it a background paper prepared by the",
                    HELVETICA)),
            new Line(PITCH, new Run("Secretariat and a note on the implementation of the Protocol and on the",
                    HELVETICA)),
            new Line(PITCH, new Run("work done since the last session of the Conference of the Parties to that "
                    + "Protocol.", HELVETICA)),
            new Line(SPACED, new Run("The Chair will open the session and the Working Group will then adopt its",
                    HELVETICA)),
            new Line(PITCH, new Run("provisional agenda and the proposed organization of work for its session.",
                    HELVETICA)));

    @Test
    void aBoldHeadingAndSpaceBetweenParagraphsEndTheParagraphBeforeThem() throws Exception {
        byte[] pdf = PdfFiles.laidOut(HEADING_AND_PARAGRAPHS);
        assertThat(paragraphs(TextSource.read(PdfSource.extractText(pdf), SourceDocument.Kind.PDF, "t.pdf")))
                .as("the characters alone").hasSize(1);

        SourceDocument document = PdfSource.read(pdf, "t.pdf");

        assertThat(paragraphs(document)).containsExactly(
                "Follow-up to the outcome of the Congress on Crime Prevention and Criminal Justice",
                "The Working Group will have before it a background paper prepared by the Secretariat and a note on "
                        + "the implementation of the Protocol and on the work done since the last session of the "
                        + "Conference of the Parties to that Protocol.",
                "The Chair will open the session and the Working Group will then adopt its provisional agenda and the "
                        + "proposed organization of work for its session.");
        assertThat(document.body()).extracting(block -> ((SourceParagraph) block).isAllBold())
                .containsExactly(true, false, false);
    }

    @Test
    void aLinesSpaceAboveItSaysNothingAfterARunningHeadTheTextReaderTookAway() throws Exception {
        byte[] pdf = PdfFiles.laidOut(List.of(
                new Line(0, new Run("CTOC/COP/WG.4/2018/1", HELVETICA_BOLD)),
                new Line(30, new Run("the Working Group will have before it a background paper prepared by the",
                        HELVETICA)),
                new Line(PITCH, new Run("Secretariat and a note on the implementation of the Protocol and on the",
                        HELVETICA)),
                new Line(PITCH, new Run("work done since the last session of the Conference of the Parties to that "
                        + "Protocol.", HELVETICA))));

        SourceDocument document = PdfSource.read(pdf, "t.pdf");

        assertThat(paragraphs(document)).as("the masthead's symbol, then one paragraph").hasSize(2);
    }

    @Test
    void italicWordsAndAllowedLinksAreKeptOnTheirWordsAndOtherLinksAreSaid() throws Exception {
        byte[] pdf = PdfFiles.laidOut(List.of(
                new Line(0, new Run("The Working Group will have before it the report entitled \u201C", HELVETICA),
                        new Run("Our Common", HELVETICA_OBLIQUE)),
                new Line(PITCH, new Run("Agenda", HELVETICA_OBLIQUE),
                        new Run("\u201D (see ", HELVETICA),
                        new Run("CTOC/COP/WG.4/2017/3", HELVETICA, "https://docs.un.org/en/CTOC/COP/WG.4/2017/3"),
                        new Run(") and a note by the ", HELVETICA),
                        new Run("Secretariat", HELVETICA, "file:///etc/passwd"),
                        new Run(".", HELVETICA))));

        SourceDocument document = PdfSource.read(pdf, "t.pdf");

        SourceParagraph paragraph = (SourceParagraph) document.body().get(0);
        assertThat(paragraph.inlines()).containsExactly(
                TextRun.plain("The Working Group will have before it the report entitled \u201C"),
                new TextRun("Our Common Agenda", TextStyle.ITALIC),
                TextRun.plain("\u201D (see "),
                new TextRun("CTOC/COP/WG.4/2017/3", TextStyle.link("https://docs.un.org/en/CTOC/COP/WG.4/2017/3")),
                TextRun.plain(") and a note by the Secretariat."));
        assertThat(document.furnitureRemoved()).containsExactly("a link to \u201Cfile:///etc/passwd\u201D, kept as "
                + "plain text: a meeting links only to web and e-mail addresses");
    }

    private static List<String> paragraphs(SourceDocument document) {
        return document.body().stream().map(SourceBlock::plainText).toList();
    }
}
