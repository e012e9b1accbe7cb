package org.agendum.edit;

import org.agendum.model.EntryId;
import org.agendum.model.Meeting;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;

/**
 * Moves an entry to position {@code index} of meeting {@code to} (the same meeting reorders it). The index
 * counts the entries as they are once the moved one has left its place.
 */
public record MoveScheduleEntry(EntryId id, SlotId to, int index) implements Edit {
    @Override
    public String label() {
        return "Move entry";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        var work = meeting.organization();
        var from = ScheduleEdits.existingEntry(work, id);
        ScheduleEdits.existingSlot(work, to);
        ScheduleEntry entry = work.slot(from.slot()).orElseThrow().entries().get(from.index());
        Meeting removed = ScheduleEdits.changeEntries(meeting, from.slot(), entries -> Lists.removed(entries, from.index()));
        return ScheduleEdits.changeEntries(removed, to, entries -> Lists.inserted(entries, index, entry));
    }
}
