package org.agendum.edit;

import java.time.LocalDate;
import org.agendum.model.Meeting;
import org.agendum.typography.UnDates;

/** Gives a day another date. */
public record ChangeDayDate(int index, LocalDate date) implements Edit {
    @Override
    public String label() {
        return "Change date of day";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        var work = meeting.organization();
        ScheduleEdits.checkDay(work, index);
        for (int i = 0; i < work.days().size(); i++) {
            if (i != index && work.days().get(i).date().equals(date)) {
                throw new EditRejectedException("There is already a day on " + UnDates.weekdayAndDate(date) + ".");
            }
        }
        return meeting.withOrganization(work.replaceDay(index, day -> day.withDate(date)));
    }
}
