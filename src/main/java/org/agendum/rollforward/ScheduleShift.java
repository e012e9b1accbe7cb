package org.agendum.rollforward;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendum.model.Day;
import org.agendum.model.OrganizationOfWork;
import org.agendum.typography.UnDates;

/**
 * Last session's organization of work moved onto the new dates: every day, meeting and entry kept, in order, each
 * day as far from the new start as it was from the old one. A programme that met on weekdays only is counted in
 * working days, so that a session starting on another weekday does not meet on a Saturday (Monday and Tuesday from a
 * Thursday become Thursday and Friday; the Monday and Friday of a two-week session stay a week apart). A programme
 * with a weekend day, or a new session starting on one, is moved by calendar days.
 *
 * <p>Nothing is cut: days that fall outside shorter new dates stay, said in {@link Shifted#notes()} (validation then
 * reports them too), for the officer to move their meetings. An untouched standard grid holds none of the officer's
 * work and becomes the standard grid of the new dates.
 */
final class ScheduleShift {
    /** The organization of work on its new days, and what the officer should be told. */
    record Shifted(OrganizationOfWork organization, List<String> notes) {
        Shifted {
            notes = List.copyOf(notes);
        }
    }

    private ScheduleShift() {
    }

    static Shifted onto(OrganizationOfWork last, LocalDate oldStart, LocalDate newStart, LocalDate newEnd) {
        if (last.isUntouchedStandardGrid() || last.days().isEmpty()) {
            return new Shifted(last.days().isEmpty() ? last : OrganizationOfWork.standardFor(newStart, newEnd),
                    List.of());
        }
        // a mistyped start ("2108" for "2018") must not throw the programme a century away: count from its first day
        LocalDate from = Math.abs(ChronoUnit.DAYS.between(oldStart, last.days().get(0).date())) > 366
                ? last.days().get(0).date() : oldStart;
        boolean workingDays = isWorkingDay(from) && isWorkingDay(newStart)
                && last.days().stream().allMatch(day -> isWorkingDay(day.date()));
        List<Day> days = new ArrayList<>(last.days().size());
        for (Day day : last.days()) {
            LocalDate date = workingDays ? plusWorkingDays(newStart, workingDaysBetween(from, day.date()))
                    : plusDays(newStart, ChronoUnit.DAYS.between(from, day.date()));
            days.add(day.withDate(date));
        }
        return new Shifted(new OrganizationOfWork(days), notes(days, newStart, newEnd));
    }

    private static List<String> notes(List<Day> days, LocalDate start, LocalDate end) {
        List<String> notes = new ArrayList<>();
        List<LocalDate> after = days.stream().map(Day::date).filter(d -> d.isAfter(end)).toList();
        List<LocalDate> before = days.stream().map(Day::date).filter(d -> d.isBefore(start)).toList();
        if (!after.isEmpty()) {
            notes.add(count(after.size()) + " of the organization of work " + (after.size() == 1 ? "falls" : "fall")
                    + " after the new end date: " + list(after) + ". Move " + (after.size() == 1 ? "its" : "their")
                    + " meetings or change the dates.");
        }
        if (!before.isEmpty()) {
            notes.add(count(before.size()) + " of the organization of work " + (before.size() == 1 ? "falls" : "fall")
                    + " before the new start date: " + list(before) + ".");
        }
        Set<LocalDate> taken = new HashSet<>();
        days.forEach(day -> taken.add(day.date()));
        long free = start.datesUntil(end.plusDays(1)).filter(d -> isWorkingDay(d) && !taken.contains(d)).count();
        if (free > 0 && after.isEmpty()) {
            notes.add("The new dates have " + count(free) + " without meetings in the organization of work.");
        }
        return notes;
    }

    private static String count(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private static String list(List<LocalDate> dates) {
        List<String> words = dates.stream().map(UnDates::weekdayDateAndYear).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The day {@code days} after {@code date}, or the calendar's first or last day for a file's absurd dates. */
    private static LocalDate plusDays(LocalDate date, long days) {
        long min = LocalDate.MIN.toEpochDay() + 7; // room for a week's steps either way
        long max = LocalDate.MAX.toEpochDay() - 7;
        long target = date.toEpochDay() + Math.max(Math.min(days, max), -max); // both within ±2^39: no overflow
        return LocalDate.ofEpochDay(Math.max(min, Math.min(max, target)));
    }

    static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Working days from {@code from} to {@code to}: 0 for the same day, negative before it. In whole weeks first. */
    static long workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long days = ChronoUnit.DAYS.between(from, to);
        long count = days / 7 * 5;
        for (LocalDate d = from.plusDays(days / 7 * 7); d.isBefore(to); d = d.plusDays(1)) {
            count += isWorkingDay(d) ? 1 : 0;
        }
        return count;
    }

    /** The working day {@code n} working days after {@code start} (before it when negative); start is one. */
    static LocalDate plusWorkingDays(LocalDate start, long n) {
        int step = n < 0 ? -1 : 1;
        LocalDate date = plusDays(start, n / 5 * 7); // five working days are a week from a working day
        long left = Math.abs(n % 5);
        while (left > 0) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }
}
