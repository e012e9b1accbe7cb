package org.agendum.edit;

import org.agendum.model.EntryId;
import org.agendum.model.Meeting;

/** Removes an entry from its meeting (the agenda item itself stays). */
public record RemoveScheduleEntry(EntryId id) implements Edit {
    @Override
    public String label() {
        return "Remove entry";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        var at = ScheduleEdits.existingEntry(meeting.organization(), id);
        return ScheduleEdits.changeEntries(meeting, at.slot(), entries -> Lists.removed(entries, at.index()));
    }
}
