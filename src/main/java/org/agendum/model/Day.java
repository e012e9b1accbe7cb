package org.agendum.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One day of the session with its meetings in order. */
public record Day(LocalDate date, List<MeetingSlot> meetings) {
    public Day {
        Objects.requireNonNull(date, "date");
        meetings = List.copyOf(meetings);
    }

    public Day withDate(LocalDate newDate) {
        return new Day(newDate, meetings);
    }

    public Day withMeetings(List<MeetingSlot> newMeetings) {
        return new Day(date, newMeetings);
    }
}
