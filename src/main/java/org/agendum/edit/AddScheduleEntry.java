package org.agendum.edit;

import org.agendum.model.ItemEntry;
import org.agendum.model.Meeting;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;

/** Takes up an agenda item, or adds a free-text note, in a meeting at {@code index}. */
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
}
