package org.agendum.gesture;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.ITEM_5;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agendum.edit.CommandStack;
import org.agendum.edit.DropPosition;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingLimit;
import org.junit.jupiter.api.Test;

/** The logic under each gesture of the agenda tree, without a window: what it does to the meeting. */
class AgendaCommandsTest {
    private final Meeting sample = SampleMeeting.load();
    private final CommandStack stack = new CommandStack(sample);
    private final Selection viewModel = new Selection();
    private final List<String> refusals = new ArrayList<>();
    private final AgendaCommands commands = new AgendaCommands(stack, viewModel, refusals::add);

    /** The selection as the window's view model keeps it, without JavaFX. */
    private static final class Selection implements ItemSelection {
        private ItemId selected;

        @Override
        public ItemId selectedItem() {
            return selected;
        }

        @Override
        public void select(ItemId id) {
            selected = id;
        }
    }

    private Agenda agenda() {
        return stack.meeting().agenda();
    }

    /** The references and ids in document order: "1 item-1", "1 (a) item-1a" … */
    private List<String> outline() {
        return agenda().numbered().stream().map(n -> n.reference() + " " + n.item().id()).toList();
    }

    @Test
    void addItemPutsAnUntitledItemAfterTheSelectedOneAtItsLevelAndSelectsIt() {
        viewModel.select(ITEM_1A);
        ItemId added = commands.addItem().orElseThrow();
        assertThat(outline()).containsSequence("1 (a) item-1a", "1 (b) " + added, "1 (c) item-1b");
        assertThat(agenda().get(added).title()).isEmpty();
        assertThat(viewModel.selectedItem()).isEqualTo(added);
        assertThat(stack.undoLabel()).contains("Add sub-item"); // it is one, of item 1
    }

    @Test
    void addItemWithNothingSelectedAppendsAtTheTopLevel() {
        viewModel.select(null);
        ItemId added = commands.addItem().orElseThrow();
        assertThat(outline()).last().isEqualTo("6 " + added);
        assertThat(stack.undoLabel()).contains("Add item");
    }

    @Test
    void addSubItemPutsItLastUnderTheSelectedItem() {
        viewModel.select(ITEM_1);
        ItemId added = commands.addSubItem().orElseThrow();
        assertThat(outline()).containsSequence("1 (b) item-1b", "1 (c) " + added, "2 item-2");
        assertThat(stack.undoLabel()).contains("Add sub-item");
    }

    @Test
    void addSubItemNeedsASelection() {
        viewModel.select(null);
        assertThat(commands.addSubItem()).isEmpty();
        assertThat(refusals).containsExactly(AgendaCommands.NOTHING_SELECTED);
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void deleteRemovesTheItemItsSubItemsAndTheirScheduleEntriesAsOneUndoStep() {
        viewModel.select(ITEM_1);
        assertThat(commands.delete()).isTrue();
        assertThat(agenda().allIds()).doesNotContain(ITEM_1, ITEM_1A, ITEM_1B);
        assertThat(stack.meeting().organization().scheduledItems()).doesNotContain(ITEM_1A, ITEM_1B);
        assertThat(stack.undoDepth()).isEqualTo(1);
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void renameIsOneStepOfItsOwnEvenRightAfterAnotherRenameOfTheSameItem() {
        assertThat(commands.rename(ITEM_4, "Other business")).isTrue();
        assertThat(commands.rename(ITEM_4, "Any other business")).isTrue();
        assertThat(agenda().get(ITEM_4).title()).isEqualTo("Any other business");
        assertThat(stack.undoDepth()).isEqualTo(2);
        assertThat(stack.undoLabel()).contains("Rename item");
        stack.undo();
        assertThat(agenda().get(ITEM_4).title()).isEqualTo("Other business");
    }

    @Test
    void keyboardMovesMoveTheSelectedItem() {
        viewModel.select(ITEM_4);
        assertThat(commands.moveUp()).isTrue();
        assertThat(outline()).containsSequence("3 item-4", "4 item-3");
        assertThat(stack.undoLabel()).contains("Move item up");
        assertThat(commands.moveDown()).isTrue();
        assertThat(outline()).containsSequence("3 item-3", "4 item-4");
        assertThat(commands.indent()).isTrue();
        assertThat(outline()).containsSequence("3 item-3", "3 (a) item-4", "4 item-5");
        assertThat(commands.outdent()).isTrue();
        assertThat(outline()).containsSequence("3 item-3", "4 item-4", "5 item-5");
        assertThat(viewModel.selectedItem()).isEqualTo(ITEM_4);
        assertThat(refusals).isEmpty();
    }

    @Test
    void aRefusedMoveSaysWhyAndChangesNothing() {
        viewModel.select(ITEM_1);
        assertThat(commands.moveUp()).isFalse();
        assertThat(commands.indent()).isFalse();
        assertThat(commands.outdent()).isFalse();
        assertThat(refusals).containsExactly("The item is already the first at its level.",
                "The first item of a level has no item above it to go under.",
                "The item is already at the top level.");
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void dropsGoBeforeIntoOrAfterTheTarget() {
        assertThat(commands.drop(ITEM_5, ITEM_2, DropPosition.BEFORE)).isTrue();
        assertThat(outline()).containsSequence("1 (b) item-1b", "2 item-5", "3 item-2");
        assertThat(commands.drop(ITEM_5, ITEM_4, DropPosition.INTO)).isTrue();
        assertThat(outline()).containsSequence("4 item-4", "4 (a) item-5");
        assertThat(commands.drop(ITEM_5, ITEM_1A, DropPosition.AFTER)).isTrue();
        assertThat(outline()).containsSequence("1 (a) item-1a", "1 (b) item-5", "1 (c) item-1b");
        assertThat(stack.undoLabel()).contains("Move item");
    }

    @Test
    void aDropIntoTheItemsOwnSubtreeIsRefused() {
        assertThat(commands.drop(ITEM_1, ITEM_1A, DropPosition.INTO)).isFalse();
        assertThat(refusals).containsExactly("An item cannot be moved into itself or one of its own sub-items.");
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void copyGivesTheSelectedItemWithItsSubItems() {
        viewModel.select(ITEM_1);
        assertThat(commands.copy()).containsExactly(sample.agenda().get(ITEM_1));
        viewModel.select(null);
        assertThat(commands.copy()).isEmpty();
        assertThat(refusals).containsExactly(AgendaCommands.NOTHING_SELECTED);
    }

    @Test
    void pasteOfACopyInItsOwnMeetingGivesFreshIdsAfterTheSelectionAsOneStep() {
        viewModel.select(ITEM_1);
        List<AgendaItem> copied = commands.copy();
        viewModel.select(ITEM_5);
        ItemId pasted = commands.paste(copied).orElseThrow();
        AgendaItem copy = agenda().get(pasted);
        assertThat(outline()).hasSize(10).element(7).isEqualTo("6 " + pasted);
        assertThat(copy.title()).isEqualTo("Organizational matters");
        assertThat(copy.subItems()).extracting(AgendaItem::title)
                .containsExactly("Opening of the meeting", "Adoption of the agenda and organization of work");
        assertThat(copy.subItems().get(1).annotation()).isEqualTo(sample.agenda().get(ITEM_1B).annotation());
        assertThat(copy.selfAndDescendants()).extracting(AgendaItem::id)
                .doesNotContain(ITEM_1, ITEM_1A, ITEM_1B).doesNotHaveDuplicates();
        assertThat(viewModel.selectedItem()).isEqualTo(pasted);
        assertThat(stack.undoLabel()).contains("Paste item");
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void cutThenPasteIsAMoveThatKeepsTheIdsAndTheSchedule() {
        viewModel.select(ITEM_2);
        List<AgendaItem> cut = commands.copy();
        assertThat(commands.cut()).isTrue();
        assertThat(stack.undoLabel()).contains("Cut item");
        assertThat(agenda().contains(ITEM_2)).isFalse();
        assertThat(stack.meeting().organization().allSlots()).anySatisfy(slot -> assertThat(slot.entries())
                .anySatisfy(e -> assertThat(((ItemEntry) e).item()).isEqualTo(ITEM_2)));
        viewModel.select(ITEM_5);
        assertThat(commands.paste(cut)).contains(ITEM_2);
        assertThat(outline()).last().isEqualTo("5 item-2");
        assertThat(stack.meeting().organization()).isEqualTo(sample.organization());
    }

    @Test
    void pastingNothingSaysSo() {
        assertThat(commands.paste(List.of())).isEmpty();
        assertThat(refusals).containsExactly("The clipboard holds no agenda items.");
    }

    /** The sample with untitled items added at the end until the agenda holds {@code count} items in all. */
    private static Meeting withItems(Meeting meeting, long count) {
        List<AgendaItem> items = new ArrayList<>(meeting.agenda().items());
        for (long i = meeting.agenda().size(); i < count; i++) {
            items.add(AgendaItem.of(new ItemId("extra-" + i), ""));
        }
        return new Meeting(meeting.details(), new Agenda(items), meeting.organization());
    }

    @Test
    void aPasteThatWouldTakeTheAgendaPastItsLimitSaysSoAndChangesNothing() {
        stack.reset(withItems(sample, MeetingLimit.AGENDA_ITEMS.maximum() - 1), true);
        Meeting before = stack.meeting();
        viewModel.select(ITEM_2);
        List<AgendaItem> copied = commands.copy(); // item 2 has no sub-items: one more fits, two do not

        assertThat(commands.paste(List.of(copied.get(0), copied.get(0)))).isEmpty();
        assertThat(refusals).containsExactly("Paste 2 items: not done, the meeting would hold 5,001 agenda items; "
                + "a meeting holds at most 5,000.");
        assertThat(stack.meeting()).isEqualTo(before);
        assertThat(stack.canUndo()).isFalse();
        assertThat(viewModel.selectedItem()).isEqualTo(ITEM_2);

        assertThat(commands.paste(copied)).isPresent();
        assertThat(agenda().size()).isEqualTo(5_000);
        assertThat(commands.addItem()).isEmpty();
        assertThat(refusals).last().isEqualTo("Add item: not done, the meeting would hold 5,001 agenda items; a "
                + "meeting holds at most 5,000.");
        assertThat(agenda().size()).isEqualTo(5_000);
    }
}
