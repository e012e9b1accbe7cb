package org.agendum.edit;

import java.util.Objects;
import java.util.Optional;
import org.agendum.model.EntryId;
import org.agendum.model.Meeting;
import org.agendum.model.NoteEntry;

/** Changes the text of a free-text entry; typing in one note merges into one step. */
public record EditNote(EntryId id, String text) implements Edit {
    public EditNote {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String label() {
        return "Edit note";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        var at = ScheduleEdits.existingEntry(meeting.organization(), id);
        return ScheduleEdits.changeEntries(meeting, at.slot(), entries -> {
            if (!(entries.get(at.index()) instanceof NoteEntry)) {
                throw new EditRejectedException("Only free-text entries have text to edit.");
            }
            return Lists.replaced(entries, at.index(), new NoteEntry(id, text));
        });
    }

    @Override
    public Optional<Edit> mergedWith(Edit next) {
        return next instanceof EditNote e && e.id.equals(id) ? Optional.of(e) : Optional.empty();
    }
}
