package org.agendum.edit;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.agendum.model.Agenda;
import org.agendum.model.ItemMark;
import org.agendum.model.AgendaItem;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;
import org.agendum.model.ListEnd;
import org.agendum.model.Meeting;
import org.agendum.model.RichText;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An item marked for review (made from last session's meeting) loses its mark with any edit that changes it, and with
 * Mark as Reviewed; moving it, or changing its sub-items, leaves the mark; undo brings it back.
 */
class ReviewMarkTest {
    private static final DocumentationEntry PAPER = new DocumentationEntry("Background paper", "CTOC/COP/WG.4/2019/2");

    private static Meeting allMarked() {
        return allMarked(ItemMark.REVIEW);
    }

    private static Meeting allMarked(ItemMark mark) {
        Meeting meeting = Fixtures.referenceMeeting();
        Agenda agenda = meeting.agenda();
        for (AgendaItem item : agenda.allItems()) {
            agenda = agenda.replace(item.id(), i -> i.withMark(mark));
        }
        return meeting.withAgenda(agenda);
    }

    /** Each edit that changes an item, with each mark: a translation mark goes the way a review mark goes. */
    static Stream<Arguments> editsThatChangeTheItem() {
        return Stream.of(ItemMark.REVIEW, ItemMark.TRANSLATE).flatMap(mark -> Stream.of(
                Arguments.of("rename", mark, new RenameItem(ITEM_2, "Another title")),
                Arguments.of("annotation", mark, new ReplaceAnnotation(ITEM_2, RichText.of("New text"))),
                Arguments.of("heading", mark, new EditItemHeading(ITEM_2, "Cooperation")),
                Arguments.of("list punctuation", mark, new SetListEnd(ITEM_2, ListEnd.FULL_STOP)),
                Arguments.of("Documentation added", mark, new AddDocumentation(ITEM_2, 0, PAPER)),
                Arguments.of("Mark as reviewed or translated", mark, new MarkReviewed(ITEM_2))));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("editsThatChangeTheItem")
    void anEditThatChangesTheItemTakesItsMarkOffAndUndoPutsItBack(String name, ItemMark mark, Edit edit) {
        CommandStack stack = new CommandStack(allMarked(mark));

        stack.execute(edit);
        assertThat(stack.meeting().agenda().get(ITEM_2).mark()).isEqualTo(ItemMark.NONE);
        assertThat(stack.meeting().agenda().marked(mark)).as("the other items keep theirs").contains(ITEM_1, ITEM_1A)
                .doesNotContain(ITEM_2);
        assertThat(stack.meeting().agenda().marked()).isEqualTo(stack.meeting().agenda().marked(mark));

        stack.undo();
        assertThat(stack.meeting().agenda().get(ITEM_2).mark()).isEqualTo(mark);
    }

    @Test
    void anEditThatChangesNothingLeavesTheMark() {
        Meeting marked = allMarked();
        AgendaItem item = marked.agenda().get(ITEM_2);
        Meeting same = new RenameItem(ITEM_2, item.title()).apply(marked);

        assertThat(same.agenda().get(ITEM_2).mark()).isEqualTo(ItemMark.REVIEW);
        assertThat(new ReplaceAnnotation(ITEM_2, item.annotation()).apply(marked).agenda().get(ITEM_2).mark())
                .isEqualTo(ItemMark.REVIEW);
    }

    @Test
    void movingTheItemOrAddingASubItemLeavesTheMark() {
        Meeting marked = allMarked();
        Meeting moved = new MoveItem(ITEM_2, null, 0, "Move item").apply(marked);
        Meeting withSub = new AddItem(ITEM_2, 0, AgendaItem.of(new ItemId("new-sub"), "A sub-item")).apply(marked);

        assertThat(moved.agenda().get(ITEM_2).mark()).isEqualTo(ItemMark.REVIEW);
        assertThat(withSub.agenda().get(ITEM_2).mark()).isEqualTo(ItemMark.REVIEW);
        assertThat(withSub.agenda().get(new ItemId("new-sub")).mark()).as("a new item is the officer's own")
                .isEqualTo(ItemMark.NONE);
    }

    @Test
    void markAsReviewedIsOneUndoableStepAndNoStepForAnItemNotMarked() {
        CommandStack stack = new CommandStack(allMarked());

        stack.execute(new MarkReviewed(ITEM_1A));
        assertThat(stack.meeting().agenda().get(ITEM_1A).mark()).isEqualTo(ItemMark.NONE);
        assertThat(stack.meeting().agenda().get(ITEM_1A)).isEqualTo(allMarked().agenda().get(ITEM_1A).withMark(ItemMark.NONE));
        assertThat(stack.undoLabel()).contains("Mark as reviewed or translated");

        stack.execute(new MarkReviewed(ITEM_1A));
        assertThat(stack.undoDepth()).as("nothing left to mark").isEqualTo(1);

        stack.undo();
        assertThat(stack.meeting().agenda().get(ITEM_1A).mark()).isEqualTo(ItemMark.REVIEW);
        assertThatThrownBy(() -> new MarkReviewed(new ItemId("gone")).apply(stack.meeting()))
                .isInstanceOf(EditRejectedException.class);
    }

    @Test
    void theItemsToReviewAreListedInDocumentOrder() {
        Meeting marked = allMarked();
        List<ItemId> all = marked.agenda().allItems().stream().map(AgendaItem::id).toList();

        assertThat(marked.agenda().marked(ItemMark.REVIEW)).containsExactlyElementsOf(all);
        assertThat(Fixtures.referenceMeeting().agenda().marked(ItemMark.REVIEW)).isEmpty();
    }
}
