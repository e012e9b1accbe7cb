package org.agendum.gesture;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agendum.edit.CommandStack;
import org.agendum.file.SampleMeeting;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.junit.jupiter.api.Test;

/**
 * Text an import did not place, taken into the selected item's annotation with its formatting (links only where the
 * app allows them): one step, undone as one.
 */
class UnplacedTextTest {
    private final Meeting sample = SampleMeeting.load();
    private final CommandStack stack = new CommandStack(sample);
    private final List<String> told = new ArrayList<>();
    private ItemId selected;
    private final UnplacedText unplaced = new UnplacedText(stack, new ItemSelection() {
        @Override
        public ItemId selectedItem() {
            return selected;
        }

        @Override
        public void select(ItemId id) {
            selected = id;
        }
    }, told::add);

    private List<String> annotationOf(ItemId id) {
        return stack.meeting().agenda().get(id).annotation().paragraphs().stream().map(Paragraph::plainText)
                .toList();
    }

    @Test
    void theTextsParagraphsEndTheSelectedItemsAnnotationAsOneUndoableStep() {
        selected = ITEM_4;
        List<String> before = annotationOf(ITEM_4);

        boolean taken = unplaced.takeIntoSelected(RichText.of("The Chair will report orally.", "A second paragraph."));

        assertThat(taken).isTrue();
        List<String> expected = new ArrayList<>(before);
        expected.addAll(List.of("The Chair will report orally.", "A second paragraph."));
        assertThat(annotationOf(ITEM_4)).containsExactlyElementsOf(expected);
        assertThat(UnplacedText.isTaken(RichText.of("The Chair will report orally.", "A second paragraph."),
                UnplacedText.annotationTexts(stack.meeting()))).isTrue();
        assertThat(stack.undoLabel()).contains("Add text to annotation");

        stack.undo();

        assertThat(annotationOf(ITEM_4)).containsExactlyElementsOf(before);
        assertThat(UnplacedText.isTaken(RichText.of("The Chair will report orally."),
                UnplacedText.annotationTexts(stack.meeting()))).isFalse();
    }

    @Test
    void italicsBoldFootnotesAndAllowedLinksGoWithTheTextAndUndoRestoresTheAnnotationExactly() {
        selected = ITEM_4;
        RichText before = stack.meeting().agenda().get(ITEM_4).annotation();
        String ods = DocumentSymbol.odsAddress("CTOC/COP/WG.4/2018/2");
        Paragraph rich = Paragraph.body(TextRun.plain("The "), new TextRun("Working Group", TextStyle.ITALIC),
                TextRun.plain(" will consider "), new TextRun("the note", TextStyle.BOLD), TextRun.plain(" ("),
                new TextRun("CTOC/COP/WG.4/2018/2", TextStyle.link(ods)), TextRun.plain(")."),
                new FootnoteMark(List.of(TextRun.plain("See "), new TextRun("resolution 5/2", TextStyle.ITALIC))));

        unplaced.takeIntoSelected(new RichText(List.of(rich)));

        List<Paragraph> after = stack.meeting().agenda().get(ITEM_4).annotation().paragraphs();
        assertThat(after).hasSize(before.paragraphs().size() + 1).endsWith(rich);

        stack.undo();

        assertThat(stack.meeting().agenda().get(ITEM_4).annotation()).isEqualTo(before);
    }

    @Test
    void aLinkTheAppDoesNotAllowBecomesPlainTextInTheRunningTextAndInAFootnote() {
        selected = ITEM_4;
        Paragraph received = Paragraph.body(new TextRun("the share", TextStyle.ITALIC.withLink("file:///etc/passwd")),
                TextRun.plain(" and "), new TextRun("UNODC", TextStyle.link("https://www.unodc.org")),
                new FootnoteMark(List.of(new TextRun("a script", TextStyle.link("javascript:alert(1)")))));

        unplaced.takeIntoSelected(new RichText(List.of(received)));

        List<Paragraph> after = stack.meeting().agenda().get(ITEM_4).annotation().paragraphs();
        assertThat(after.get(after.size() - 1)).isEqualTo(Paragraph.body(
                new TextRun("the share", TextStyle.ITALIC), TextRun.plain(" and "),
                new TextRun("UNODC", TextStyle.link("https://www.unodc.org")),
                FootnoteMark.of("a script")));
        assertThat(UnplacedText.isTaken(new RichText(List.of(received)),
                UnplacedText.annotationTexts(stack.meeting()))).as("taken, by its text").isTrue();
    }

    @Test
    void withoutASelectedItemNothingChangesAndTheOfficerIsTold() {
        selected = null;

        assertThat(unplaced.takeIntoSelected(RichText.of("Some text."))).isFalse();

        assertThat(stack.meeting()).isSameAs(sample);
        assertThat(told).containsExactly("Select the agenda item the text belongs to first.");
    }

    @Test
    void blankTextIsRefused() {
        selected = ITEM_4;

        assertThat(unplaced.takeIntoSelected(RichText.of(" ", "\t"))).isFalse();

        assertThat(stack.meeting()).isSameAs(sample);
        assertThat(told).containsExactly("The text is empty: there is nothing to add.");
    }

    @Test
    void aTextIsTakenOnlyWhenEveryOneOfItsParagraphsIsInAnAnnotation() {
        var texts = UnplacedText.annotationTexts(sample);
        String first = sample.agenda().items().get(1).annotation().paragraphs().get(0).plainText();

        assertThat(UnplacedText.isTaken(RichText.of(first), texts)).isTrue();
        assertThat(UnplacedText.isTaken(RichText.of(first, "A paragraph no annotation has."), texts)).isFalse();
        assertThat(UnplacedText.isTaken(RichText.EMPTY, texts)).isFalse();
    }
}
