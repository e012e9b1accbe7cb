package org.agendum.edit;

import org.agendum.model.Meeting;

/** Moves a day's meetings to another position in the session; the day at {@code from} ends at {@code to}. */
public record MoveDay(int from, int to) implements Edit {
    @Override
    public String label() {
        return "Move day";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        var work = meeting.organization();
        ScheduleEdits.checkDay(work, from);
        ScheduleEdits.checkDay(work, to);
        return meeting.withOrganization(work.withDays(Lists.moved(work.days(), from, to)));
    }
}
