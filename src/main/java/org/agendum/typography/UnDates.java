package org.agendum.typography;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Dates in UN English style: day, month, year, no leading zero and no comma ("9 April 2018").
 *
 * <p>Month and weekday names are always English (those of {@code Locale.ENGLISH}), never the JVM default
 * locale's, so the output is the same on every machine.
 */
public final class UnDates {
    /**
     * English month and weekday names, written out: asking java.time for them ({@code getDisplayName}) loads the
     * JDK's locale data, some 10 ms of a command line's start (UnDatesTest holds them to what it would answer).
     */
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    private UnDates() {
    }

    /** "9 April 2018". */
    public static String date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return dayAndMonth(date) + " " + date.getYear();
    }

    /** "2 July": a date without the year. */
    public static String dayAndMonth(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
    }

    /** "Monday, 2 July": the day rows of the annex "Proposed organization of work" carry no year. */
    public static String weekdayAndDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return weekday(date) + ", " + dayAndMonth(date);
    }

    /**
     * "Monday, 2 July 2018", as in "will be opened on Monday, 2 July 2018, at 10 a.m.". The comma
     * after the year belongs to the sentence and is left to the caller.
     */
    public static String weekdayDateAndYear(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return weekday(date) + ", " + date(date);
    }

    /**
     * A range of dates, with the shared month and year written once:
     * <ul>
     *   <li>same day: "2 July 2018";</li>
     *   <li>two consecutive days of the same month: "2 and 3 July 2018";</li>
     *   <li>more days of the same month: "13–17 December 2021";</li>
     *   <li>across months of one year: "30 June–2 July 2018";</li>
     *   <li>across years: "30 December 2018–2 January 2019".</li>
     * </ul>
     * The dash is an en dash without spaces. Two consecutive days in different months
     * (31 July and 1 August) take the dash form, since the "and" form applies only within a month.
     *
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public static String range(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "Date range ends before it starts: start " + start + ", end " + end);
        }
        if (start.equals(end)) {
            return date(end);
        }
        if (start.getYear() != end.getYear()) {
            return date(start) + UnText.EN_DASH + date(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return dayAndMonth(start) + UnText.EN_DASH + date(end);
        }
        String separator = start.plusDays(1).equals(end) ? " and " : UnText.EN_DASH;
        return start.getDayOfMonth() + separator + date(end);
    }

    private static String weekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }
}
