package org.agendum.edit;

import org.agendum.model.Meeting;

/** Removes a day with its meetings and their entries. */
public record RemoveDay(int index) implements Edit {
    @Override
    public String label() {
        return "Remove day";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        var work = meeting.organization();
        ScheduleEdits.checkDay(work, index);
        return meeting.withOrganization(work.withDays(Lists.removed(work.days(), index)));
    }
}
