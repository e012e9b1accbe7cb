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
import org.agendum.model.Language;
import org.agendum.typography.DocumentLanguage;

/**
 * Where each meeting of the organization of work sits in the grid: one column per day, in the order of the
 * organization; one row per meeting time ("10 a.m.–1 p.m."), earliest first, so that the morning meetings of every
 * day line up. The days and times are written as the version's annex prints them ("Lundi 2 juillet",
 * "10 heures-13 heures"). A day with two meetings at the same time (parallel meetings) opens a second row for that time. A
 * row exists only when some day has a meeting at that time, so there are no empty rows. Plain logic, no controls.
 */
public record ScheduleLayout(List<DayColumn> columns, List<TimeRow> rows, Map<Cell, MeetingSlot> meetings) {
    /** A day's column: its index in the organization, its date and its header ("Monday, 2 July", "Lundi 2 juillet"). */
    public record DayColumn(int dayIndex, LocalDate date, String header) {
    }

    /**
     * A row: the meetings that start and end at these times, written {@code times} ("10 a.m.–1 p.m."); {@code ordinal}
     * tells parallel meetings apart.
     */
    public record TimeRow(LocalTime start, LocalTime end, int ordinal, String times) {
        /** "10 a.m.–1 p.m.", and "(2)" for the second meeting at the same time. */
        public String header() {
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

    /** As an English version shows it. */
    public static ScheduleLayout of(OrganizationOfWork work) {
        return of(work, DocumentLanguage.of(Language.ENGLISH.code()));
    }

    public static ScheduleLayout of(OrganizationOfWork work, DocumentLanguage language) {
        List<DayColumn> columns = new ArrayList<>();
        Map<Cell, MeetingSlot> meetings = new LinkedHashMap<>();
        java.util.Set<TimeRow> rows = new java.util.TreeSet<>(ROW_ORDER);
        for (int d = 0; d < work.days().size(); d++) {
            Day day = work.days().get(d);
            columns.add(new DayColumn(d, day.date(), language.dates().weekdayAndDayMonth(day.date())));
            Map<List<LocalTime>, Integer> seen = new HashMap<>();
            for (MeetingSlot slot : day.meetings()) {
                int ordinal = seen.merge(List.of(slot.start(), slot.end()), 1, Integer::sum) - 1;
                TimeRow row = new TimeRow(slot.start(), slot.end(), ordinal,
                        language.times().meeting(slot.start(), slot.end()));
                rows.add(row);
                meetings.put(new Cell(d, row), slot);
            }
        }
        return new ScheduleLayout(columns, new ArrayList<>(rows), meetings);
    }

    public Optional<MeetingSlot> meeting(int dayIndex, TimeRow row) {
        return Optional.ofNullable(meetings.get(new Cell(dayIndex, row)));
    }
}
