package org.agendum.typography;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Dates in a language's patterns ({@link LanguageTable}): "9 April 2018", "1er mars 1999", "25 de agosto de 2017",
 * "18 сентября 2013 года", "2015年6月17日", "19 آب/أغسطس 2013", and their ranges with the shared month and year
 * written once. The English table gives exactly what {@link UnDates} writes (LanguageDatesPropertyTest).
 */
public final class LanguageDates {
    private final LanguageTable table;
    private final List<String> months;
    private final List<String> weekdays;
    private final String firstDay;

    LanguageDates(LanguageTable table) {
        this.table = table;
        this.months = table.list("months");
        this.weekdays = table.list("weekdays");
        this.firstDay = table.get("date.firstDay");
        if (months.size() != 12 || weekdays.size() != 7) {
            throw new IllegalStateException("The " + table.code() + " table needs 12 months and 7 weekdays");
        }
    }

    /** "9 April 2018". */
    public String date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return LanguageTable.fill(table.get("date"), "d", day(date), "m", month(date), "month", monthName(date),
                "yyyy", year(date));
    }

    /** "Monday, 2 July": the day rows of the annex carry no year. */
    public String weekdayAndDayMonth(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return LanguageTable.fill(table.get("date.weekdayAndDayMonth"), "weekday",
                weekdays.get(date.getDayOfWeek().getValue() - 1), "d", day(date), "m", month(date), "month",
                monthName(date));
    }

    /**
     * A range as {@link UnDates#range} shapes it: one day; two consecutive days of a month ("2 and 3 July 2018");
     * more days of a month; days of two months of a year; days of two years.
     *
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public String range(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Date range ends before it starts: start " + start + ", end " + end);
        }
        if (start.equals(end)) {
            return date(end);
        }
        if (start.getYear() != end.getYear()) {
            return LanguageTable.fill(table.get("range.differentYears"), "date1", date(start), "date2", date(end));
        }
        String pattern = start.getMonth() != end.getMonth() ? table.get("range.sameYear")
                : start.plusDays(1).equals(end) ? table.get("range.consecutiveDays") : table.get("range.sameMonth");
        return LanguageTable.fill(pattern, "d1", day(start), "d2", day(end), "m1", month(start), "m2", month(end),
                "month1", monthName(start), "month2", monthName(end), "m", month(end), "month", monthName(end),
                "yyyy", year(end));
    }

    /** Two dates in the pattern of a range across years, as they are: for dates typed in the wrong order. */
    public String asTyped(LocalDate start, LocalDate end) {
        return LanguageTable.fill(table.get("range.differentYears"), "date1", date(start), "date2", date(end));
    }

    private String day(LocalDate date) {
        return date.getDayOfMonth() == 1 && !firstDay.isEmpty() ? firstDay : Integer.toString(date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        return Integer.toString(date.getMonthValue());
    }

    private String monthName(LocalDate date) {
        return months.get(date.getMonthValue() - 1);
    }

    private static String year(LocalDate date) {
        return Integer.toString(date.getYear());
    }
}
