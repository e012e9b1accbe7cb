package org.agendum.edit;

import org.agendum.model.Day;
import org.agendum.model.Meeting;
import org.agendum.typography.UnDates;

/** Adds a day (with any meetings it already has) at {@code index}. */
public record AddDay(int index, Day day) implements Edit {
    @Override
    public String label() {
        return "Add day";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        var work = meeting.organization();
        if (work.days().stream().anyMatch(d -> d.date().equals(day.date()))) {
            throw new EditRejectedException("There is already a day on " + UnDates.weekdayAndDate(day.date()) + ".");
        }
        day.meetings().forEach(slot -> {
            ScheduleEdits.checkTimes(slot.start(), slot.end());
            if (work.locate(slot.id()).isPresent()) {
                throw new EditRejectedException("The day to add has a meeting already in the organization of work.");
            }
        });
        return meeting.withOrganization(work.withDays(Lists.inserted(work.days(), index, day)));
    }
}
