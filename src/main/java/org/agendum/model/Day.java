package org.agendum.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One day of the session with its meetings in the order of the day: by start, then end; meetings at the same
 * times (parallel meetings) keep their order. The grid shows them so and the annex prints them so, and
 * "(continued)" is worked out in that order, so a day is always kept in it.
 */
public record Day(LocalDate date, List<MeetingSlot> meetings) {
    private static final Comparator<MeetingSlot> BY_TIME = Comparator.comparing(MeetingSlot::start)
            .thenComparing(MeetingSlot::end);

    public Day {
        Objects.requireNonNull(date, "date");
        List<MeetingSlot> sorted = new ArrayList<>(meetings);
        sorted.sort(BY_TIME);
        meetings = List.copyOf(sorted);
    }

    public Day withDate(LocalDate newDate) {
        return new Day(newDate, meetings);
    }

    public Day withMeetings(List<MeetingSlot> newMeetings) {
        return new Day(date, newMeetings);
    }
}
