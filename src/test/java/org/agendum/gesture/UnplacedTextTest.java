package org.agendum.gesture;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agendum.edit.CommandStack;
import org.agendum.file.SampleMeeting;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.junit.jupiter.api.Test;

/** Text an import did not place, taken into the selected item's annotation: one step, undone as one. */
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
    void theTextsLinesEndTheSelectedItemsAnnotationAsOneUndoableStep() {
        selected = ITEM_4;
        List<String> before = annotationOf(ITEM_4);

        boolean taken = unplaced.takeIntoSelected("The Chair will report orally.\n\n  A second paragraph.  ");

        assertThat(taken).isTrue();
        List<String> expected = new ArrayList<>(before);
        expected.addAll(List.of("The Chair will report orally.", "A second paragraph."));
        assertThat(annotationOf(ITEM_4)).containsExactlyElementsOf(expected);
        assertThat(UnplacedText.isTaken("The Chair will report orally.\nA second paragraph.",
                UnplacedText.annotationTexts(stack.meeting()))).isTrue();
        assertThat(stack.undoLabel()).contains("Add text to annotation");

        stack.undo();

        assertThat(annotationOf(ITEM_4)).containsExactlyElementsOf(before);
        assertThat(UnplacedText.isTaken("The Chair will report orally.",
                UnplacedText.annotationTexts(stack.meeting()))).isFalse();
    }

    @Test
    void withoutASelectedItemNothingChangesAndTheOfficerIsTold() {
        selected = null;

        assertThat(unplaced.takeIntoSelected("Some text.")).isFalse();

        assertThat(stack.meeting()).isSameAs(sample);
        assertThat(told).containsExactly("Select the agenda item the text belongs to first.");
    }

    @Test
    void blankTextIsRefused() {
        selected = ITEM_4;

        assertThat(unplaced.takeIntoSelected(" \n\t\n")).isFalse();

        assertThat(stack.meeting()).isSameAs(sample);
        assertThat(told).containsExactly("The text is empty: there is nothing to add.");
    }

    @Test
    void aTextIsTakenOnlyWhenEveryOneOfItsParagraphsIsInAnAnnotation() {
        var texts = UnplacedText.annotationTexts(sample);
        String first = sample.agenda().items().get(1).annotation().paragraphs().get(0).plainText();

        assertThat(UnplacedText.isTaken(first, texts)).isTrue();
        assertThat(UnplacedText.isTaken(first + "\nA paragraph no annotation has.", texts)).isFalse();
        assertThat(UnplacedText.isTaken("", texts)).isFalse();
    }
}
