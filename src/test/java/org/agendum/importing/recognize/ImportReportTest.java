package org.agendum.importing.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agendum.edit.CommandStack;
import org.agendum.gesture.ItemSelection;
import org.agendum.gesture.UnplacedText;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourcePlace;
import org.agendum.importing.text.TextSource;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.FootnoteMark;
import org.agendum.model.ItemId;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.RealAgendas;
import org.junit.jupiter.api.Test;

/**
 * Text the import did not place keeps its content as an annotation would hold it (italics, bold, links, footnotes),
 * beside its plain text for the report's lines; the officer takes it into an annotation, and undo takes it back.
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

    /**
     * E/C.12/52/1: a "Note by the Secretary-General" of three numbered paragraphs stands between the title and the
     * list. A meeting file has no place for it, and the report says so plainly; each paragraph is an entry of its own,
     * in the document's order, that the officer can add to an annotation, one undoable step each.
     */
    @Test
    void aNoteByTheSecretaryGeneralBeforeTheListIsReportedParagraphByParagraphAndCanBeAddedInOrder()
            throws Exception {
        ImportResult result = AgendaRecognizer.recognize(TextSource.read(RealAgendas.text("E_C.12_52_1.txt"),
                SourceDocument.Kind.TEXT, "E_C.12_52_1.txt"), LocalDate.of(2026, 12, 7));

        List<ReportEntry> unplaced = result.report().entries(ReportEntry.Kind.NOT_PLACED);
        assertThat(unplaced).extracting(e -> e.text().substring(0, 20)).containsExactly(
                "Note by the Secretar", "1. The fifty-second ", "2. The attached prov", "3. The attention of ");
        assertThat(unplaced.get(0).sentence()).isEqualTo("The heading of a note before the provisional agenda:"
                + " a meeting file has no place for a note before the agenda");
        assertThat(unplaced.subList(1, 4)).allSatisfy(e -> assertThat(e.sentence()).startsWith(
                "A paragraph of the \u201CNote by the Secretary-General\u201D before the provisional agenda: a meeting"
                        + " file has no place for a note before the agenda; its number"));
        assertThat(unplaced.subList(1, 4)).allSatisfy(e -> assertThat(e.content().plainText())
                .startsWith("The ").isEqualTo(e.text().substring(3)));

        CommandStack stack = new CommandStack(result.meeting());
        ItemId adoption = result.meeting().agenda().items().get(0).id();
        RichText before = result.meeting().agenda().get(adoption).annotation();
        List<String> told = new ArrayList<>();
        UnplacedText take = new UnplacedText(stack, selected(adoption), told::add);
        for (ReportEntry entry : unplaced.subList(1, 4)) {
            assertThat(take.takeIntoSelected(entry.content())).isTrue();
        }

        List<Paragraph> after = stack.meeting().agenda().get(adoption).annotation().paragraphs();
        assertThat(after.subList(after.size() - 3, after.size())).extracting(p -> p.plainText().substring(0, 20))
                .containsExactly("The fifty-second ses", "The attached provisi", "The attention of Sta");
        var texts = UnplacedText.annotationTexts(stack.meeting());
        assertThat(unplaced.subList(1, 4)).allMatch(e -> UnplacedText.isTaken(e.content(), texts));

        stack.undo();
        stack.undo();
        stack.undo();

        assertThat(stack.meeting().agenda().get(adoption).annotation()).isEqualTo(before);
        assertThat(unplaced).noneMatch(e -> UnplacedText.isTaken(e.content(),
                UnplacedText.annotationTexts(stack.meeting())));
    }

    private static ItemSelection selected(ItemId id) {
        return new ItemSelection() {
            @Override
            public ItemId selectedItem() {
                return id;
            }

            @Override
            public void select(ItemId other) {
                throw new UnsupportedOperationException("the test selects nothing");
            }
        };
    }
}
