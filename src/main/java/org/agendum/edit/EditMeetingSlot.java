package org.agendum.edit;

import java.time.LocalTime;
import java.util.Objects;
import org.agendum.model.Meeting;
import org.agendum.model.SlotId;

/** Sets a meeting's start and end times and its label. */
public record EditMeetingSlot(SlotId id, LocalTime start, LocalTime end, String slotLabel) implements Edit {
    public EditMeetingSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(slotLabel, "slotLabel");
    }

    @Override
    public String label() {
        return "Edit meeting";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        var work = meeting.organization();
        ScheduleEdits.existingSlot(work, id);
        ScheduleEdits.checkTimes(start, end);
        return meeting.withOrganization(work.replaceSlot(id, s -> s.withTimes(start, end, slotLabel)));
    }
}
