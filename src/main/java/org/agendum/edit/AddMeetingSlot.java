package org.agendum.edit;

import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;

/**
 * Adds a meeting to a day at {@code index}; a day keeps its meetings in time order ({@link org.agendum.model.Day}),
 * so the index places it only among meetings at the same times.
 */
public record AddMeetingSlot(int dayIndex, int index, MeetingSlot slot) implements Edit {
    @Override
    public String label() {
        return "Add meeting";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        var work = meeting.organization();
        ScheduleEdits.checkDay(work, dayIndex);
        ScheduleEdits.checkTimes(slot.start(), slot.end());
        if (work.locate(slot.id()).isPresent()) {
            throw new EditRejectedException("That meeting is already in the organization of work.");
        }
        slot.entries().forEach(e -> {
            if (work.locate(e.id()).isPresent()) {
                throw new EditRejectedException("The meeting to add has an entry already in the organization of work.");
            }
        });
        return meeting.withOrganization(work.replaceDay(dayIndex,
                day -> day.withMeetings(Lists.inserted(day.meetings(), index, slot))));
    }
}
