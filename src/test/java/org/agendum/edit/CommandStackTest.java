package org.agendum.edit;

import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingLimit;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final Meeting original = Fixtures.referenceMeeting();
    private final CommandStack stack = new CommandStack(original);

    @Test
    void undoAndRedoNameTheEditAndRestoreTheMeeting() {
        stack.execute(MoveItem.up(original.agenda(), ITEM_5));
        Meeting moved = stack.meeting();
        assertThat(stack.undoLabel()).contains("Move item up");

        stack.undo();
        assertThat(stack.meeting()).isEqualTo(original);
        assertThat(stack.redoLabel()).contains("Move item up");
        assertThat(stack.canUndo()).isFalse();

        stack.redo();
        assertThat(stack.meeting()).isEqualTo(moved);
    }

    @Test
    void aNewEditClearsRedo() {
        stack.execute(new RenameItem(ITEM_2, "A"));
        stack.undo();
        stack.execute(new RenameItem(ITEM_5, "B"));
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void dirtyFollowsTheSavedRevisionThroughUndoAndRedo() {
        assertThat(stack.isDirty()).isFalse();
        stack.execute(new RenameItem(ITEM_2, "A"));
        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.isDirty()).isFalse();
        stack.redo();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void typingIntoOneTitleIsOneUndoStepUntilMergingIsStopped() {
        stack.execute(new RenameItem(ITEM_2, "O"));
        stack.execute(new RenameItem(ITEM_2, "Ot"));
        stack.execute(new RenameItem(ITEM_2, "Oth"));
        assertThat(stack.undoDepth()).isEqualTo(1);
        stack.preventMerge();
        stack.execute(new RenameItem(ITEM_2, "Othe"));
        assertThat(stack.undoDepth()).isEqualTo(2);
        stack.undo();
        assertThat(stack.meeting().agenda().get(ITEM_2).title()).isEqualTo("Oth");
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(original);
    }

    @Test
    void editsOfDifferentItemsDoNotMerge() {
        stack.execute(new RenameItem(ITEM_2, "A"));
        stack.execute(new RenameItem(ITEM_5, "B"));
        assertThat(stack.undoDepth()).isEqualTo(2);
    }

    @Test
    void theSavedStateIsNeverMergedAway() {
        stack.execute(new RenameItem(ITEM_2, "A"));
        stack.markSaved();
        stack.execute(new RenameItem(ITEM_2, "AB"));
        stack.undo();
        assertThat(stack.isDirty()).isFalse();
        assertThat(stack.meeting().agenda().get(ITEM_2).title()).isEqualTo("A");
    }

    @Test
    void anEditThatChangesNothingLeavesNoStep() {
        stack.execute(new RenameItem(ITEM_2, original.agenda().get(ITEM_2).title()));
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void aRejectedEditChangesNothing() {
        stack.execute(new RenameItem(ITEM_2, "A"));
        long revision = stack.revision();
        assertThatThrownBy(() -> stack.execute(MoveItem.down(stack.meeting().agenda(), ITEM_5)))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("already the last");
        assertThat(stack.revision()).isEqualTo(revision);
        assertThat(stack.undoDepth()).isEqualTo(1);
    }

    @Test
    void listenersHearEveryChangeWithItsCause() {
        List<MeetingChange> heard = new ArrayList<>();
        stack.addListener(heard::add);
        stack.execute(new RenameItem(ITEM_2, "A"));
        stack.undo();
        stack.redo();
        stack.reset(original, true);
        assertThat(heard).extracting(MeetingChange::kind).containsExactly(
                MeetingChange.Kind.EXECUTE, MeetingChange.Kind.UNDO, MeetingChange.Kind.REDO, MeetingChange.Kind.RESET);
        assertThat(heard.get(1).before().agenda().get(ITEM_2).title()).isEqualTo("A");
        assertThat(heard.get(1).after()).isEqualTo(original);
        assertThat(heard.get(0).label()).isEqualTo("Rename item");
        assertThat(heard.get(0).edit()).contains(new RenameItem(ITEM_2, "A"));
        assertThat(heard.get(3).edit()).isEmpty();
    }

    @Test
    void aListenerMayNotEditWhileBeingTold() {
        stack.addListener(change -> stack.execute(new RenameItem(ITEM_5, "X")));
        assertThatThrownBy(() -> stack.execute(new RenameItem(ITEM_2, "A")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void typingThatComesBackToWhereItBeganLeavesNoStepAndNothingUnsaved() {
        String title = original.agenda().get(ITEM_2).title();
        stack.execute(new RenameItem(ITEM_5, "Report"));
        stack.markSaved();
        stack.execute(new RenameItem(ITEM_2, title + " X"));
        stack.execute(new RenameItem(ITEM_2, title + " XY"));
        assertThat(stack.undoDepth()).isEqualTo(2);
        assertThat(stack.isDirty()).isTrue();

        stack.execute(new RenameItem(ITEM_2, title)); // Escape in a rename types the old title back
        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Rename item");
        assertThat(stack.isDirty()).as("back to what is on disk").isFalse();
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(original);
    }

    @Test
    void annotationTypingMergesPerItemIntoOneEditAnnotation() {
        stack.execute(new ReplaceAnnotation(ITEM_2, org.agendum.model.RichText.of("D")));
        stack.execute(new ReplaceAnnotation(ITEM_2, org.agendum.model.RichText.of("Dr")));
        stack.execute(new ReplaceAnnotation(ITEM_5, org.agendum.model.RichText.of("x")));
        assertThat(stack.undoDepth()).isEqualTo(2);
        stack.undo();
        assertThat(stack.meeting().agenda().get(ITEM_2).annotation().plainText()).isEqualTo("Dr");
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(original);
    }

    @Test
    void aNoteAddedWithItsFirstKeyMergesItsTypingAndACancelLeavesNoStep() {
        org.agendum.model.SlotId slot = original.organization().allSlots().get(0).id();
        org.agendum.model.NoteEntry note = org.agendum.model.NoteEntry.of("I");
        stack.execute(new AddScheduleEntry(slot, 0, note));
        stack.execute(new EditNote(note.id(), "Informal"));
        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Add note");
        assertThat(stack.meeting().organization().entry(note.id()).orElseThrow())
                .isEqualTo(new org.agendum.model.NoteEntry(note.id(), "Informal"));

        stack.execute(new RemoveScheduleEntry(note.id()));
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.meeting()).isEqualTo(original);
    }

    @Test
    void theStackSaysWhenItIsTellingItsListeners() {
        List<Boolean> during = new ArrayList<>();
        stack.addListener(change -> during.add(stack.isNotifying()));
        assertThat(stack.isNotifying()).isFalse();
        stack.execute(new RenameItem(ITEM_2, "A"));
        assertThat(during).containsExactly(true);
        assertThat(stack.isNotifying()).isFalse();
    }

    @Test
    void historyIsBoundedByTheLimit() {
        CommandStack small = new CommandStack(original, 3);
        for (int i = 0; i < 10; i++) {
            small.execute(new RenameItem(i % 2 == 0 ? ITEM_2 : ITEM_5, "T" + i));
        }
        assertThat(small.undoDepth()).isEqualTo(3);
        small.undo();
        small.undo();
        small.undo();
        assertThat(small.canUndo()).isFalse();
        assertThat(small.isDirty()).isTrue();
    }

    @Test
    void resetForgetsHistoryAndMayMarkTheMeetingUnsaved() {
        stack.execute(new RenameItem(ITEM_2, "A"));
        stack.reset(original, false);
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.isDirty()).isTrue();
    }

    /** The reference meeting with untitled items added at the end until the agenda holds {@code count} in all. */
    private static Meeting withItems(Meeting meeting, long count) {
        List<AgendaItem> items = new ArrayList<>(meeting.agenda().items());
        for (long i = meeting.agenda().size(); i < count; i++) {
            items.add(AgendaItem.of(new ItemId("extra-" + i), ""));
        }
        return new Meeting(meeting.details(), new Agenda(items), meeting.organization());
    }

    @Test
    void anEditThatWouldTakeTheMeetingPastALimitIsRefusedAndChangesNothing() {
        CommandStack full = new CommandStack(withItems(original, MeetingLimit.AGENDA_ITEMS.maximum()));
        full.execute(new RenameItem(ITEM_2, "Still fits")); // at the limit, other edits go on
        Meeting before = full.meeting();
        long revision = full.revision();

        assertThatThrownBy(() -> full.execute(new AddItem(null, 0, AgendaItem.titled("One too many"))))
                .isInstanceOf(EditRejectedException.class)
                .hasMessage("Add item: not done, the meeting would hold 5,001 agenda items; a meeting holds at most "
                        + "5,000.");
        assertThat(full.meeting()).isSameAs(before);
        assertThat(full.revision()).isEqualTo(revision);
        assertThat(full.undoLabel()).contains("Rename item");
        assertThat(full.canRedo()).isFalse();
    }

    @Test
    void aMeetingOverALimitCanStillBeMadeSmallerButNotLarger() {
        // no file, paste or gesture makes such a meeting; should one come some other way, it is not stuck
        CommandStack over = new CommandStack(withItems(original, MeetingLimit.AGENDA_ITEMS.maximum() + 2));
        over.execute(new DeleteItem(ITEM_2, true));
        over.execute(new RenameItem(ITEM_5, "Renamed"));
        assertThat(over.meeting().agenda().size()).isEqualTo(5_001);
        assertThatThrownBy(() -> over.execute(new AddItem(null, 0, AgendaItem.titled("More"))))
                .isInstanceOf(EditRejectedException.class);
    }
}
