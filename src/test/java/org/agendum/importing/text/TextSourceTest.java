package org.agendum.importing.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourceTable;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.FootnoteMark;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.junit.jupiter.api.Test;

/** The clean-up rules of plain text, one by one (docs/import.md). */
class TextSourceTest {
    private static List<String> paragraphs(String text) {
        return read(text).body().stream().map(SourceBlock::plainText).toList();
    }

    private static SourceDocument read(String text) {
        return TextSource.read(text, SourceDocument.Kind.PDF, "test.pdf");
    }

    /** Lines broken at 40 columns, as a narrow PDF column gives them. */
    private static final String WRAPPED = String.join("\n",
            "The Working Group will have before it a",
            "background paper on the implementation of",
            "the Protocol, with a follow-up note and a",
            "non-paper for 2018-2019.");

    @Test
    void linesBrokenAtThePagesWidthAreOneParagraph() {
        assertThat(paragraphs(WRAPPED)).containsExactly("The Working Group will have before it a background paper on"
                + " the implementation of the Protocol, with a follow-up note and a non-paper for 2018-2019.");
    }

    @Test
    void aLineWithRoomForTheNextWordEndedItsParagraph() {
        String text = WRAPPED + "\nThe Secretariat will report.\nIt will also report on the work done in 2017.";

        assertThat(paragraphs(text)).hasSize(3);
    }

    @Test
    void theLayoutsHyphensGoAndTheWordsOwnStay() {
        String text = String.join("\n",
                "The Working Group noted the need for imple-",
                "mentation of the Protocol and of the follow-",
                "up to the meeting, in the non-paper and its",
                "self-assessment questionnaire for 2018-",
                "2019, and considered a non-",
                "paper on the implementation.");

        assertThat(paragraphs(text)).containsExactly("The Working Group noted the need for implementation of the"
                + " Protocol and of the follow-up to the meeting, in the non-paper and its self-assessment questionnaire"
                + " for 2018-2019, and considered a non-paper on the implementation.");
    }

    @Test
    void aWordHyphenatedOnlyAtALineEndIsJoinedUnlessItsPartsAreOnesUnEnglishHyphenates() {
        String text = String.join("\n",
                "The Working Group discussed the protec-",
                "tion of victims in a victim-",
                "centred way, with a long-",
                "term view, and its coordi-",
                "nation.");

        assertThat(paragraphs(text)).containsExactly("The Working Group discussed the protection of victims in a"
                + " victim-centred way, with a long-term view, and its coordination.");
    }

    @Test
    void pageFurnitureIsRemovedAndListedOnce() {
        String text = String.join("\n",
                "United Nations",
                "CTOC/COP/WG.4/2018/1",
                "The Working Group will have before it a background",
                "paper prepared by the Secretariat on the topic of",
                "V.18-02176 (E) 090418 100418",
                "*1802176*",
                "\fCTOC/COP/WG.4/2018/1",
                "the meeting, and a non-paper prepared by the Chair",
                "of the meeting.",
                "V.18-02176 2/4",
                "\fV.18-02176 CTOC/COP/WG.4/2018/1",
                "3",
                "Page 4");

        SourceDocument document = read(text);

        assertThat(document.body()).extracting(SourceBlock::plainText).containsExactly("United Nations",
                "CTOC/COP/WG.4/2018/1", "The Working Group will have before it a background paper prepared by the"
                        + " Secretariat on the topic of the meeting, and a non-paper prepared by the Chair of the meeting.",
                "V.18-02176 (E) 090418 100418");
        assertThat(document.furnitureRemoved()).containsExactly("\"*1802176*\" (barcode)",
                "\"CTOC/COP/WG.4/2018/1\" (running head)", "\"V.18-02176 2/4\" (job number)",
                "\"V.18-02176 CTOC/COP/WG.4/2018/1\" (job number)", "\"3\" (page number)", "\"Page 4\" (page number)");
    }

    /**
     * "A/80/562)." or "A/80/976).13" alone on a line is a sentence's end broken there (with a footnote's call), not a
     * running head: the General-Assembly-size meeting's PDF lost 40 such symbols, and their links, before.
     */
    @Test
    void aSymbolEndingASentenceOnALineOfItsOwnStays() {
        String text = String.join("\n",
                "A/80/150",
                "The report is before the Assembly (see",
                "A/80/562).",
                "\fA/80/150",
                "The next page.");

        SourceDocument document = read(text);

        assertThat(document.body()).extracting(SourceBlock::plainText).containsExactly("A/80/150",
                "The report is before the Assembly (see A/80/562).", "The next page.");
        assertThat(document.furnitureRemoved()).containsExactly("\"A/80/150\" (running head)");
    }

    @Test
    void aPageNumberInTheMiddleOfAParagraphGoesAndTheParagraphIsJoinedAgain() {
        String text = "The Working Group will have before it a\n12\nbackground paper.";

        assertThat(paragraphs(text)).containsExactly("The Working Group will have before it a background paper.");
    }

    @Test
    void numbersRunIntoTheTextGetTheirSpaceBack() {
        assertThat(paragraphs("1.Opening of the session;\n(a)Election of officers;\n(ii)Other matters."))
                .containsExactly("1. Opening of the session;", "(a) Election of officers;", "(ii) Other matters.");
    }

    @Test
    void aWebCopysListMarksGo() {
        assertThat(paragraphs("1. Organizational matters:\n - (a) Opening of the meeting;"))
                .containsExactly("1. Organizational matters:", "(a) Opening of the meeting;");
    }

    @Test
    void footnotesAtThePagesFootAreAttachedToTheirCalls() {
        String text = String.join("\n",
                "The Working Group considered the needs of",
                "victims.1 It took note of the report on the",
                "resolution 8/2 (CTOC/COP/WG.4/2017/3).2",
                "1 See CTOC/COP/2016/15, para. 3.",
                "2 Adopted at its eighth session, in",
                "2016.",
                "\fThe next page.");

        SourceParagraph paragraph = (SourceParagraph) read(text).body().get(0);

        assertThat(paragraph.plainText()).isEqualTo("The Working Group considered the needs of victims. It took note"
                + " of the report on the resolution 8/2 (CTOC/COP/WG.4/2017/3).");
        assertThat(paragraph.footnotes()).extracting(FootnoteMark::plainText)
                .containsExactly("See CTOC/COP/2016/15, para. 3.", "Adopted at its eighth session, in 2016.");
    }

    @Test
    void aLineThatOnlyLooksLikeAFootnoteStays() {
        String text = "The Working Group met on 3 July.\n2 delegations asked for the floor.\n\fNext.";

        // a text with pages, but not a PDF's: a few short lines are taken as they are
        assertThat(TextSource.read(text, SourceDocument.Kind.TEXT, "copy.txt").body()).extracting(SourceBlock::plainText)
                .startsWith("The Working Group met on 3 July.", "2 delegations asked for the floor.");
    }

    @Test
    void theWebCopysMarkupBecomesStylesAndLinks() {
        SourceParagraph paragraph = (SourceParagraph) TextSource.read(
                "See [CTOC/COP/WG.4/2017/3](#), <i>inter alia</i>, and [the site](https://www.unodc.org/).",
                SourceDocument.Kind.TEXT, "copy.txt").body().get(0);

        assertThat(paragraph.inlines()).containsExactly(TextRun.plain("See "),
                new TextRun("CTOC/COP/WG.4/2017/3", TextStyle.link(DocumentSymbol.odsAddress("CTOC/COP/WG.4/2017/3"))),
                TextRun.plain(", "), new TextRun("inter alia", TextStyle.ITALIC), TextRun.plain(", and "),
                new TextRun("the site", TextStyle.link("https://www.unodc.org/")), TextRun.plain("."));
    }

    @Test
    void tabsMakeATableWithItsEmptyCells() {
        SourceDocument document = TextSource.read("Annex\n<i>Date</i>\tItem\tTitle\nMonday, 2 July\t\t\n\t1 (a)\tOpening",
                SourceDocument.Kind.TEXT, "copy.txt");

        SourceTable table = (SourceTable) document.body().get(1);
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(1).cells()).hasSize(3);
        assertThat(table.rows().get(2).plainText()).isEqualTo("\t1 (a)\tOpening");
        assertThat(table.rows().get(0).cells().get(0).paragraphs().get(0).inlines())
                .containsExactly(new TextRun("Date", TextStyle.ITALIC));
        assertThat(table.rows().get(2).cells().get(1).paragraphs().get(0).place().description()).isEqualTo("line 4");
    }

    @Test
    void controlCharactersOfBinaryJunkGo() {
        assertThat(paragraphs("Opening\u0000 of the\u0007 session\uFEFF")).containsExactly("Opening of the session");
    }

    @Test
    void aWebCopysParagraphBrokenByABlankLineMidSentenceIsJoined() {
        String text = "The Working Group considered a draft questionnaire prepared by the Secretariat, in accordance\n\n"
                + "with resolution 8/2.\n\nThe next paragraph.";

        assertThat(TextSource.read(text, SourceDocument.Kind.TEXT, "copy.txt").body()).extracting(SourceBlock::plainText)
                .containsExactly("The Working Group considered a draft questionnaire prepared by the Secretariat, in"
                        + " accordance with resolution 8/2.", "The next paragraph.");
    }

    /**
     * Printed lines: a start the print shows splits what the characters would run on; a link goes back on its words,
     * a hyphenated word's halves as one; a link whose words the paragraph does not hold (the clean-up gave "1.Opening"
     * its space) is said, not dropped in silence.
     */
    @Test
    void aPrintedTextsParagraphStartsAndLinksAreReadAndALinkNotFoundIsSaid() {
        TextStyle link = TextStyle.link("https://docs.un.org/en/A/80/562");
        List<PrintedLine> page = List.of(
                new PrintedLine("1.Opening of the session", new LineLook(false, false,
                        List.of(new LineLook.Mark("1.Opening", link, true, false)))),
                new PrintedLine("The Working Group will have before it a background paper prepared by the",
                        new LineLook(false, true, List.of())),
                new PrintedLine("Secretariat (see A/80/562) and a note on the implementation of the Proto-",
                        new LineLook(false, false, List.of(new LineLook.Mark("A/80/562", link, false, false),
                                new LineLook.Mark("Proto-", link, false, true)))),
                new PrintedLine("col, which the Conference of the Parties requested at its last session in",
                        new LineLook(false, false, List.of(new LineLook.Mark("col", link, true, false)))),
                new PrintedLine("The Chair will open the session and the Working Group will then adopt its",
                        new LineLook(false, true, List.of())));

        SourceDocument document = TextSource.read(new PrintedText(List.of(page), List.of()), "t.pdf");

        assertThat(document.body()).hasSize(3);
        assertThat(((SourceParagraph) document.body().get(1)).inlines()).containsSubsequence(
                new TextRun("A/80/562", link), TextRun.plain(") and a note on the implementation of the "),
                new TextRun("Protocol", link), TextRun.plain(", which the Conference of the Parties requested at its "
                        + "last session in"));
        assertThat(document.furnitureRemoved()).containsExactly("a link to https://docs.un.org/en/A/80/562 on "
                + "\u201C1.Opening\u201D (page 1, line 1): its words were not found in the paragraph, left unlinked");
    }

    @Test
    void placesNameThePageAndLine() {
        SourceDocument document = TextSource.read("First page.\n\nSecond line.\fOn page two.", SourceDocument.Kind.TEXT,
                "copy.txt");

        assertThat(document.body()).extracting(b -> b.place().description())
                .containsExactly("page 1, line 1", "page 1, line 3", "page 2, line 1");
        assertThat(document.body()).extracting(b -> b.place().order()).containsExactly(0, 1, 2);
    }
}
