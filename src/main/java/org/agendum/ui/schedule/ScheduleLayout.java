package org.agendum.ui.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.model.Day;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.typography.UnDates;
import org.agendum.typography.UnTimes;

/**
 * Where each meeting of the organization of work sits in the grid: one column per day, in the order of the
 * organization; one row per meeting time ("10 a.m.–1 p.m."), earliest first, so that the morning meetings of every
 * day line up. A day with two meetings at the same time (parallel meetings) opens a second row for that time. A
 * row exists only when some day has a meeting at that time, so there are no empty rows. Plain logic, no controls.
 */
public record ScheduleLayout(List<DayColumn> columns, List<TimeRow> rows, Map<Cell, MeetingSlot> meetings) {
    /** A day's column: its index in the organization, its date and its header ("Monday, 2 July"). */
    public record DayColumn(int dayIndex, LocalDate date, String header) {
    }

    /** A row: the meetings that start and end at these times; {@code ordinal} tells parallel meetings apart. */
    public record TimeRow(LocalTime start, LocalTime end, int ordinal) {
        /** "10 a.m.–1 p.m.", and "(2)" for the second meeting at the same time. */
        public String header() {
            String times = times(start, end);
            return ordinal == 0 ? times : times + " (" + (ordinal + 1) + ")";
        }
    }

    /** A place in the grid. */
    public record Cell(int dayIndex, TimeRow row) {
    }

    private static final Comparator<TimeRow> ROW_ORDER = Comparator.comparing(TimeRow::start)
            .thenComparing(TimeRow::end).thenComparingInt(TimeRow::ordinal);

    public ScheduleLayout {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        meetings = Map.copyOf(meetings);
    }

    public static ScheduleLayout of(OrganizationOfWork work) {
        List<DayColumn> columns = new ArrayList<>();
        Map<Cell, MeetingSlot> meetings = new LinkedHashMap<>();
        java.util.Set<TimeRow> rows = new java.util.TreeSet<>(ROW_ORDER);
        for (int d = 0; d < work.days().size(); d++) {
            Day day = work.days().get(d);
            columns.add(new DayColumn(d, day.date(), UnDates.weekdayAndDate(day.date())));
            Map<List<LocalTime>, Integer> seen = new HashMap<>();
            for (MeetingSlot slot : day.meetings()) {
                int ordinal = seen.merge(List.of(slot.start(), slot.end()), 1, Integer::sum) - 1;
                TimeRow row = new TimeRow(slot.start(), slot.end(), ordinal);
                rows.add(row);
                meetings.put(new Cell(d, row), slot);
            }
        }
        return new ScheduleLayout(columns, new ArrayList<>(rows), meetings);
    }

    public Optional<MeetingSlot> meeting(int dayIndex, TimeRow row) {
        return Optional.ofNullable(meetings.get(new Cell(dayIndex, row)));
    }

    /** "10 a.m.–1 p.m."; times that run backwards (a problem the validator reports) are shown as typed. */
    static String times(LocalTime start, LocalTime end) {
        try {
            return UnTimes.range(start, end);
        } catch (IllegalArgumentException e) {
            return UnTimes.time(start) + "\u2013" + UnTimes.time(end);
        }
    }
}
