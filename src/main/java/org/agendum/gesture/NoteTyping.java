package org.agendum.gesture;

import java.util.Objects;
import java.util.Optional;
import org.agendum.edit.CommandStack;
import org.agendum.model.EntryId;
import org.agendum.model.SlotId;

/**
 * A note's text on the command stack while its dialog is open: each keystroke is an edit at once, so autosave and the
 * rest of the window see it. A new note is added with the first text typed, and the keystrokes after it merge into
 * that "Add note" step; an existing note's keystrokes merge into one "Edit note" step. Cancel takes the typing back
 * (the old text, or no note at all), which leaves no step. Blank text is no note: the last text stays until more
 * is typed.
 */
public final class NoteTyping {
    private final ScheduleCommands commands;
    private final CommandStack stack;
    private final SlotId slot;
    private final int index;
    /** The text before the dialog opened; null for a new note. */
    private final String original;
    /** The note typed into; null until a new note has some text. */
    private EntryId id;

    private NoteTyping(ScheduleCommands commands, CommandStack stack, SlotId slot, int index, EntryId id,
            String original) {
        this.commands = Objects.requireNonNull(commands);
        this.stack = Objects.requireNonNull(stack);
        this.slot = slot;
        this.index = index;
        this.id = id;
        this.original = original;
        stack.preventMerge(); // the dialog's typing is a step of its own
    }

    public static NoteTyping add(ScheduleCommands commands, CommandStack stack, SlotId slot, int index) {
        return new NoteTyping(commands, stack, slot, index, null, null);
    }

    public static NoteTyping edit(ScheduleCommands commands, CommandStack stack, EntryId id, String original) {
        return new NoteTyping(commands, stack, null, -1, id, original);
    }

    /** The field's text after a keystroke. */
    public void typed(String text) {
        if (text.isBlank()) {
            return;
        }
        if (id == null) {
            id = commands.addNote(slot, index, text).orElse(null);
        } else {
            commands.editNote(id, text);
        }
    }

    /** The dialog closed with {@code answer} (empty: cancelled); returns the note to show, if one stays. */
    public Optional<EntryId> finish(Optional<String> answer) {
        if (answer.isPresent()) {
            typed(answer.get());
        } else if (id != null && original == null) {
            commands.remove(id);
            id = null;
        } else if (id != null) {
            commands.editNote(id, original);
        }
        stack.preventMerge();
        return Optional.ofNullable(id);
    }
}
