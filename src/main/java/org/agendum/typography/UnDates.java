package org.agendum.typography;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A first and a last day, as {@link #parseRange} reads them. */
    public record DateRange(LocalDate start, LocalDate end) {
        public DateRange {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /** A day row of the annex: its weekday and its day of the month, without the year ("Monday, 2 July"). */
    public record WeekdayAndDate(DayOfWeek weekday, MonthDay day) {
        public WeekdayAndDate {
            Objects.requireNonNull(weekday, "weekday");
            Objects.requireNonNull(day, "day");
        }

        /** The date of this day and month nearest to {@code near} that falls on the weekday, else the nearest one. */
        public LocalDate nearest(LocalDate near) {
            LocalDate best = null;
            for (int year = near.getYear() - 1; year <= near.getYear() + 1; year++) {
                if (!day.isValidYear(year)) {
                    continue;
                }
                LocalDate candidate = day.atYear(year);
                boolean better = best == null
                        || candidate.getDayOfWeek() == weekday && best.getDayOfWeek() != weekday
                        || (candidate.getDayOfWeek() == weekday) == (best.getDayOfWeek() == weekday)
                        && distance(candidate, near) < distance(best, near);
                if (better) {
                    best = candidate;
                }
            }
            return best == null ? day.atYear(near.getYear() + 1) : best;
        }

        private static long distance(LocalDate a, LocalDate b) {
            return Math.abs(a.toEpochDay() - b.toEpochDay());
        }
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    /** Spaces of any kind, as pasted text and PDFs give them. */
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F]+");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2}) " + MONTH + " (\\d{4})");
    /** "2 and 3 July 2018", "13–17 December 2021", "11-15 April 2011", "2 to 6 November 2015". */
    private static final Pattern DAYS_OF_ONE_MONTH = Pattern.compile(
            "(?:from )?(\\d{1,2}) ?(?:and|to|[-\u2010\u2011\u2012\u2013\u2014]) ?(\\d{1,2}) " + MONTH + " (\\d{4})");
    /** "28 April–23 May 2014", "30 June to 2 July 2018". */
    private static final Pattern DAYS_OF_TWO_MONTHS = Pattern.compile(
            "(?:from )?(\\d{1,2}) " + MONTH + " ?(?:to|[-\u2010\u2011\u2012\u2013\u2014]) ?(\\d{1,2}) " + MONTH
                    + " (\\d{4})");
    /** "30 December 2018–2 January 2019". */
    private static final Pattern DAYS_OF_TWO_YEARS = Pattern.compile(
            "(?:from )?(\\d{1,2}) " + MONTH + " (\\d{4}) ?(?:to|[-\u2010\u2011\u2012\u2013\u2014]) ?(\\d{1,2}) "
                    + MONTH + " (\\d{4})");
    private static final Pattern WEEKDAY_AND_DATE = Pattern.compile(
            "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\\d{1,2}) " + MONTH);

    /** Reads what {@link #date} writes, "9 April 2018"; empty for anything else or a day the month lacks. */
    public static Optional<LocalDate> parseDate(String text) {
        Matcher m = DATE.matcher(clean(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        return of(m.group(3), m.group(2), m.group(1));
    }

    /**
     * Reads a range as {@link #range} writes it and as older documents and officers write it: "2 July 2018", "2 and
     * 3 July 2018", "13–17 December 2021", "11-15 April 2011" (a hyphen), "2 to 6 November 2015", "28 April–23 May
     * 2014", "30 December 2018–2 January 2019", with or without a leading "from". Empty for anything else, for a
     * day the month lacks, and for a range that ends before it starts.
     */
    public static Optional<DateRange> parseRange(String text) {
        String cleaned = clean(text);
        Matcher m = DAYS_OF_ONE_MONTH.matcher(cleaned);
        Optional<LocalDate> start;
        Optional<LocalDate> end;
        if (m.matches()) {
            start = of(m.group(4), m.group(3), m.group(1));
            end = of(m.group(4), m.group(3), m.group(2));
        } else if ((m = DAYS_OF_TWO_MONTHS.matcher(cleaned)).matches()) {
            start = of(m.group(5), m.group(2), m.group(1));
            end = of(m.group(5), m.group(4), m.group(3));
        } else if ((m = DAYS_OF_TWO_YEARS.matcher(cleaned)).matches()) {
            start = of(m.group(3), m.group(2), m.group(1));
            end = of(m.group(6), m.group(5), m.group(4));
        } else {
            start = parseDate(cleaned);
            end = start;
        }
        if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(start.get(), end.get()));
    }

    /** Reads what {@link #weekdayAndDate} writes, "Monday, 2 July" (the comma may be missing); empty otherwise. */
    public static Optional<WeekdayAndDate> parseWeekdayAndDate(String text) {
        Matcher m = WEEKDAY_AND_DATE.matcher(clean(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        Month month = Month.valueOf(m.group(3).toUpperCase(Locale.ROOT));
        int day = Integer.parseInt(m.group(2));
        if (day < 1 || day > month.maxLength()) {
            return Optional.empty();
        }
        return Optional.of(new WeekdayAndDate(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
                MonthDay.of(month, day)));
    }

    private static String clean(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Month.valueOf(month.toUpperCase(Locale.ROOT)),
                    Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
