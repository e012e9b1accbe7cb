package org.agendum.model;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/** One meeting of the session ("10 a.m.–1 p.m."), with an optional label and its entries in order. */
public record MeetingSlot(SlotId id, LocalTime start, LocalTime end, String label, List<ScheduleEntry> entries) {
    public MeetingSlot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(label, "label");
        entries = List.copyOf(entries);
        // meetings are planned in minutes; seconds would be lost on saving anyway
        start = start.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        end = end.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    public static MeetingSlot of(LocalTime start, LocalTime end) {
        return new MeetingSlot(SlotId.random(), start, end, "", List.of());
    }

    public MeetingSlot withTimes(LocalTime newStart, LocalTime newEnd, String newLabel) {
        return new MeetingSlot(id, newStart, newEnd, newLabel, entries);
    }

    public MeetingSlot withEntries(List<ScheduleEntry> newEntries) {
        return new MeetingSlot(id, start, end, label, newEntries);
    }
}
