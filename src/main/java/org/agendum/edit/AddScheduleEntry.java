package org.agendum.edit;

import java.util.Optional;
import org.agendum.model.ItemEntry;
import org.agendum.model.NoteEntry;
import org.agendum.model.Meeting;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;

/**
 * Takes up an agenda item, or adds a free-text note, in a meeting at {@code index}. A note is added with its first
 * keystroke in its dialog: the typing after it merges into the same "Add note" step, and removing it again (the
 * dialog cancelled) leaves no step at all.
 */
public record AddScheduleEntry(SlotId slot, int index, ScheduleEntry entry) implements Edit {
    @Override
    public String label() {
        return entry instanceof ItemEntry ? "Schedule item" : "Add note";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        if (entry instanceof ItemEntry item && !meeting.agenda().contains(item.item())) {
            throw new EditRejectedException("That agenda item no longer exists.");
        }
        if (meeting.organization().locate(entry.id()).isPresent()) {
            throw new EditRejectedException("That entry is already in the organization of work.");
        }
        return ScheduleEdits.changeEntries(meeting, slot, entries -> Lists.inserted(entries, index, entry));
    }

    @Override
    public Optional<Edit> mergedWith(Edit next) {
        if (next instanceof EditNote typed && typed.id().equals(entry.id()) && entry instanceof NoteEntry) {
            return Optional.of(new AddScheduleEntry(slot, index, new NoteEntry(entry.id(), typed.text())));
        }
        if (next instanceof RemoveScheduleEntry removed && removed.id().equals(entry.id())) {
            return Optional.of(next);
        }
        return Optional.empty();
    }
}
