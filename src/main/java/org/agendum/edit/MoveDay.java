package org.agendum.edit;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Day;
import org.agendum.model.MeetingSlot;

import org.agendum.model.Meeting;

/**
 * Moves a day's programme (its meetings and what they take up) to another day of the session: the meetings of the
 * day at {@code from} end at position {@code to}, and the days in between shift by one. The dates stay where they
 * are, in calendar order: an officer who moves Monday's work to Wednesday still has Monday first.
 */
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
        List<List<MeetingSlot>> programmes = Lists.moved(work.days().stream().map(Day::meetings).toList(), from, to);
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < programmes.size(); i++) {
            days.add(work.days().get(i).withMeetings(programmes.get(i)));
        }
        return meeting.withOrganization(work.withDays(days));
    }
}
