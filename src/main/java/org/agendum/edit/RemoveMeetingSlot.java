package org.agendum.edit;

import org.agendum.model.Meeting;
import org.agendum.model.SlotId;

/** Removes a meeting with its entries. */
public record RemoveMeetingSlot(SlotId id) implements Edit {
    @Override
    public String label() {
        return "Remove meeting";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        var work = meeting.organization();
        var at = work.locate(id).orElseThrow(() -> new EditRejectedException("That meeting no longer exists."));
        return meeting.withOrganization(work.replaceDay(at.dayIndex(),
                day -> day.withMeetings(Lists.removed(day.meetings(), at.slotIndex()))));
    }
}
