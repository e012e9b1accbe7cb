package org.agendum.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.edit.CommandStack;
import org.agendum.model.EntryId;
import org.agendum.model.Meeting;
import org.agendum.model.NoteEntry;
import org.agendum.model.SlotId;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** A note's dialog typing on the stack, without a window: what each keystroke and each way of closing leaves. */
class NoteTypingTest {
    private final Meeting original = Fixtures.referenceMeeting();
    private final CommandStack stack = new CommandStack(original);
    private final List<String> refused = new ArrayList<>();
    private final ScheduleCommands commands = new ScheduleCommands(stack, refused::add);
    private final SlotId slot = original.organization().allSlots().get(0).id();

    private Optional<NoteEntry> note(EntryId id) {
        return stack.meeting().organization().entry(id).map(NoteEntry.class::cast);
    }

    private void type(NoteTyping typing, String text) {
        for (int i = 1; i <= text.length(); i++) {
            typing.typed(text.substring(0, i));
        }
    }

    @Test
    void aNewNoteIsOnTheStackFromItsFirstKeyAsOneAddNote() {
        NoteTyping typing = NoteTyping.add(commands, stack, slot, 0);
        typing.typed(" ");
        assertThat(stack.canUndo()).as("blank is no note").isFalse();
        type(typing, "Informal consultations");
        EntryId id = stack.meeting().organization().allSlots().get(0).entries().get(0).id();
        assertThat(note(id).orElseThrow().text()).isEqualTo("Informal consultations");
        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Add note");

        assertThat(typing.finish(Optional.of("Informal consultations"))).contains(id);
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(original);
        assertThat(refused).isEmpty();
    }

    @Test
    void cancellingANewNoteLeavesNoNoteAndNoStep() {
        NoteTyping typing = NoteTyping.add(commands, stack, slot, 0);
        type(typing, "Lunch");
        assertThat(stack.isDirty()).isTrue();
        assertThat(typing.finish(Optional.empty())).isEmpty();
        assertThat(stack.meeting()).isEqualTo(original);
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void editingANoteMergesItsKeysAndCancelPutsTheOldTextBack() {
        NoteEntry lunch = NoteEntry.of("Lunch");
        stack.execute(new org.agendum.edit.AddScheduleEntry(slot, 0, lunch));
        NoteTyping typing = NoteTyping.edit(commands, stack, lunch.id(), "Lunch");
        type(typing, "Lunch break");
        assertThat(note(lunch.id()).orElseThrow().text()).isEqualTo("Lunch break");
        assertThat(stack.undoDepth()).as("a step of its own, not merged with the add").isEqualTo(2);
        assertThat(stack.undoLabel()).contains("Edit note");

        assertThat(typing.finish(Optional.empty())).contains(lunch.id());
        assertThat(note(lunch.id()).orElseThrow().text()).isEqualTo("Lunch");
        assertThat(stack.undoDepth()).isEqualTo(1);
    }
}
