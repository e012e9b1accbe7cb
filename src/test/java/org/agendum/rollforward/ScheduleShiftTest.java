package org.agendum.rollforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.model.Day;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.SlotId;
import org.junit.jupiter.api.Test;

class ScheduleShiftTest {
    private static final LocalDate MONDAY_2_JULY_2018 = LocalDate.of(2018, 7, 2);

    /** A day with one meeting holding one note, so that where each day went can be read from its note. */
    private static Day day(LocalDate date, String note) {
        return new Day(date, List.of(new MeetingSlot(new SlotId("s-" + note.replace(" ", "_")), LocalTime.of(10, 0), LocalTime.of(13, 0),
                "", List.of(NoteEntry.of(note)))));
    }

    /** Last session's programme: {@code count} days in a row from Monday, 2 July 2018. */
    private static OrganizationOfWork daysFromMonday2July2018(int count) {
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(day(MONDAY_2_JULY_2018.plusDays(i), "day-" + i));
        }
        return new OrganizationOfWork(days);
    }

    private static List<LocalDate> dates(OrganizationOfWork organization) {
        return organization.days().stream().map(Day::date).toList();
    }

    @Test
    void mondayAndTuesdayMoveOntoTheNewMondayAndTuesday() {
        OrganizationOfWork last = daysFromMonday2July2018(2);

        ScheduleShift.Shifted shifted = ScheduleShift.onto(last, MONDAY_2_JULY_2018, LocalDate.of(2019, 7, 1),
                LocalDate.of(2019, 7, 2));

        assertThat(dates(shifted.organization())).containsExactly(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 2));
        assertThat(shifted.notes()).isEmpty();
    }

    @Test
    void aSessionStartingOnAThursdayGoesOnOnFridayAndMondayNotOnSaturday() {
        OrganizationOfWork last = daysFromMonday2July2018(3);
        LocalDate thursday = LocalDate.of(2019, 7, 4);

        ScheduleShift.Shifted shifted = ScheduleShift.onto(last, MONDAY_2_JULY_2018, thursday, thursday.plusDays(4));

        assertThat(dates(shifted.organization())).containsExactly(thursday, thursday.plusDays(1), thursday.plusDays(4));
        assertThat(shifted.notes()).isEmpty();
    }

    @Test
    void aShorterSessionKeepsEveryDayAndSaysWhichFallAfterIt() {
        OrganizationOfWork last = daysFromMonday2July2018(3);
        LocalDate monday = LocalDate.of(2019, 7, 1);

        ScheduleShift.Shifted shifted = ScheduleShift.onto(last, MONDAY_2_JULY_2018, monday, monday);

        assertThat(shifted.organization().days()).hasSize(3);
        assertThat(shifted.notes()).containsExactly("2 days of the organization of work fall after the new end date: "
                + "Tuesday, 2 July 2019 and Wednesday, 3 July 2019. Move their meetings or change the dates.");
    }

    @Test
    void aLongerSessionSaysHowManyDaysHaveNoMeetings() {
        OrganizationOfWork last = daysFromMonday2July2018(1);
        LocalDate monday = LocalDate.of(2019, 7, 1);

        ScheduleShift.Shifted shifted = ScheduleShift.onto(last, MONDAY_2_JULY_2018, monday, monday.plusDays(2));

        assertThat(shifted.notes()).containsExactly("The new dates have 2 days without meetings in the organization of "
                + "work.");
    }

    @Test
    void theUntouchedStandardGridBecomesTheNewDatesGrid() {
        OrganizationOfWork standard = OrganizationOfWork.standardFor(MONDAY_2_JULY_2018, MONDAY_2_JULY_2018.plusDays(1));
        LocalDate start = LocalDate.of(2019, 9, 9);

        ScheduleShift.Shifted shifted = ScheduleShift.onto(standard, MONDAY_2_JULY_2018, start, start.plusDays(4));

        assertThat(dates(shifted.organization())).hasSize(5).startsWith(start);
        assertThat(shifted.organization().isUntouchedStandardGrid()).isTrue();
    }

    @Test
    void workingDaysAreCountedAcrossWeekends() {
        LocalDate friday = LocalDate.of(2019, 7, 5);
        assertThat(ScheduleShift.workingDaysBetween(friday, friday.plusDays(3))).isEqualTo(1);
        assertThat(ScheduleShift.workingDaysBetween(friday.plusDays(3), friday)).isEqualTo(-1);
        assertThat(ScheduleShift.plusWorkingDays(friday, 1)).isEqualTo(friday.plusDays(3));
        assertThat(ScheduleShift.plusWorkingDays(friday, -5)).isEqualTo(friday.minusDays(7));
        assertThat(ScheduleShift.plusWorkingDays(friday, 6)).isEqualTo(friday.plusDays(10));
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** A programme: the session's first day and its days' offsets from it, each day with its own note. */
    record Programme(LocalDate oldStart, OrganizationOfWork organization) {
    }

    @Provide
    Arbitrary<Programme> programmes() {
        Arbitrary<LocalDate> starts = Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
                LocalDate.of(2100, 1, 1).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<List<Integer>> offsets = Arbitraries.integers().between(-3, 30).set().ofMinSize(1).ofMaxSize(12)
                .map(set -> new ArrayList<>(new TreeSet<>(set)));
        return Combinators.combine(starts, offsets, Arbitraries.of(true, false)).as((start, list, weekdaysOnly) -> {
            List<Day> days = new ArrayList<>();
            for (int offset : list) {
                LocalDate date = start.plusDays(offset);
                if (!weekdaysOnly || ScheduleShift.isWorkingDay(date)) {
                    days.add(day(date, "day " + offset));
                }
            }
            if (days.isEmpty()) {
                days.add(day(start, "day 0"));
            }
            return new Programme(start, new OrganizationOfWork(days));
        });
    }

    @Provide
    Arbitrary<LocalDate> newStarts() {
        return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void everyDayMeetingAndEntryIsKeptInItsOrder(@ForAll("programmes") Programme last,
            @ForAll("newStarts") LocalDate start, @ForAll int length) {
        LocalDate end = start.plusDays(Math.floorMod(length, 20));
        OrganizationOfWork shifted = ScheduleShift.onto(last.organization(), last.oldStart(), start, end).organization();

        assertThat(shifted.days().stream().map(Day::meetings).toList())
                .isEqualTo(last.organization().days().stream().map(Day::meetings).toList());
        List<LocalDate> dates = dates(shifted);
        for (int i = 1; i < dates.size(); i++) {
            assertThat(dates.get(i)).isAfter(dates.get(i - 1));
        }
    }

    @Property
    void aNewStartOnTheSameWeekdayKeepsEachDaysWeekdayAndDistance(@ForAll("programmes") Programme last,
            @ForAll("newStarts") LocalDate anyStart) {
        LocalDate start = anyStart.with(java.time.temporal.TemporalAdjusters.nextOrSame(last.oldStart().getDayOfWeek()));
        OrganizationOfWork shifted = ScheduleShift.onto(last.organization(), last.oldStart(), start, start.plusDays(40))
                .organization();

        for (int i = 0; i < shifted.days().size(); i++) {
            LocalDate before = last.organization().days().get(i).date();
            LocalDate after = shifted.days().get(i).date();
            assertThat(after.getDayOfWeek()).isEqualTo(before.getDayOfWeek());
            assertThat(ChronoUnit.DAYS.between(start, after)).isEqualTo(ChronoUnit.DAYS.between(last.oldStart(), before));
        }
    }

    @Property
    void aWeekdayProgrammeStartingOnAWeekdayNeverLandsOnAWeekend(@ForAll("programmes") Programme last,
            @ForAll("newStarts") LocalDate start) {
        boolean weekdays = ScheduleShift.isWorkingDay(last.oldStart()) && ScheduleShift.isWorkingDay(start)
                && last.organization().days().stream().allMatch(d -> ScheduleShift.isWorkingDay(d.date()));
        OrganizationOfWork shifted = ScheduleShift.onto(last.organization(), last.oldStart(), start, start.plusDays(60))
                .organization();

        if (weekdays) {
            assertThat(dates(shifted)).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                    || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        }
    }

    @Property
    void daysAfterAShorterRangeAreSaidNotCut(@ForAll("programmes") Programme last, @ForAll("newStarts") LocalDate start,
            @ForAll int length) {
        LocalDate end = start.plusDays(Math.floorMod(length, 5));
        ScheduleShift.Shifted shifted = ScheduleShift.onto(last.organization(), last.oldStart(), start, end);

        long after = dates(shifted.organization()).stream().filter(d -> d.isAfter(end)).count();
        assertThat(shifted.organization().days()).hasSameSizeAs(last.organization().days());
        if (after > 0) {
            assertThat(shifted.notes()).anyMatch(note -> note.startsWith((after == 1 ? "1 day" : after + " days")
                    + " of the organization of work " + (after == 1 ? "falls" : "fall") + " after the new end date"));
        } else {
            assertThat(shifted.notes()).noneMatch(note -> note.contains("after the new end date"));
        }
    }
}
