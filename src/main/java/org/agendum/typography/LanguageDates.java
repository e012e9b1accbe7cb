package org.agendum.typography;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a language's patterns ({@link LanguageTable}): "9 April 2018", "1er mars 1999", "25 de agosto de 2017",
 * "18 сентября 2013 года", "2015年6月17日", "19 آب/أغسطس 2013", and their ranges with the shared month and year
 * written once. The English table gives exactly what {@link UnDates} writes (LanguageDatesPropertyTest). The parse
 * methods read back what the format methods write, from the same patterns ({@link TemplateRegex}).
 */
public final class LanguageDates {
    private final LanguageTable table;
    private final List<String> months;
    private final List<String> weekdays;
    private final String firstDay;
    private final Pattern date;
    private final Pattern weekdayAndDayMonth;
    /** The range's shapes, one day first (a single date is a range of one day). */
    private final List<Pattern> ranges;

    LanguageDates(LanguageTable table) {
        this.table = table;
        this.months = table.list("months");
        this.weekdays = table.list("weekdays");
        this.firstDay = table.get("date.firstDay");
        if (months.size() != 12 || weekdays.size() != 7) {
            throw new IllegalStateException("The " + table.code() + " table needs 12 months and 7 weekdays");
        }
        Map<String, String> parts = new HashMap<>();
        for (String end : new String[] {"", "1", "2"}) {
            parts.put("d" + end, (firstDay.isEmpty() ? "" : TemplateRegex.anyOf(List.of(firstDay)) + "|")
                    + "\\d{1,2}");
            parts.put("m" + end, "\\d{1,2}");
            parts.put("month" + end, TemplateRegex.anyOf(months));
        }
        parts.put("yyyy", "\\d{4}");
        parts.put("weekday", TemplateRegex.anyOf(weekdays));
        this.date = TemplateRegex.compile(TemplateRegex.of(table.get("date"), parts));
        this.weekdayAndDayMonth = TemplateRegex.compile(TemplateRegex.of(table.get("date.weekdayAndDayMonth"), parts));
        Map<String, String> dates = new HashMap<>(parts);
        dates.put("date1", TemplateRegex.of(table.get("date"), parts, "1"));
        dates.put("date2", TemplateRegex.of(table.get("date"), parts, "2"));
        this.ranges = List.of(date, TemplateRegex.compile(TemplateRegex.of(table.get("range.consecutiveDays"), dates)),
                TemplateRegex.compile(TemplateRegex.of(table.get("range.sameMonth"), dates)),
                TemplateRegex.compile(TemplateRegex.of(table.get("range.sameYear"), dates)),
                TemplateRegex.compile(TemplateRegex.of(table.get("range.differentYears"), dates)));
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

    /** Reads what {@link #date} writes ("1er mars 1999", "2015年6月17日"); empty for anything else or a day the month lacks. */
    public Optional<LocalDate> parseDate(String text) {
        Matcher m = date.matcher(clean(text));
        return m.matches() ? dateOf(m, "") : Optional.empty();
    }

    /**
     * Reads what {@link #range} writes, any of its shapes, a single date included ("2 et 3 juillet 2018",
     * "2018年6月30日至7月2日"); empty for anything else, a day the month lacks, or a range that ends before it starts.
     */
    public Optional<UnDates.DateRange> parseRange(String text) {
        String cleaned = clean(text);
        for (Pattern range : ranges) {
            Matcher m = range.matcher(cleaned);
            if (m.matches()) {
                Optional<LocalDate> start = dateOf(m, "1");
                Optional<LocalDate> end = dateOf(m, "2");
                if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
                    return Optional.empty();
                }
                return Optional.of(new UnDates.DateRange(start.get(), end.get()));
            }
        }
        return Optional.empty();
    }

    /** Reads what {@link #weekdayAndDayMonth} writes ("Lundi 2 juillet", "7月2日，星期一"); empty otherwise. */
    public Optional<UnDates.WeekdayAndDate> parseWeekdayAndDayMonth(String text) {
        Matcher m = weekdayAndDayMonth.matcher(clean(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        int weekday = indexOf(weekdays, m.group("weekday"));
        int month = month(m, "");
        int day = day(m.group("d"));
        if (month < 1 || day < 1 || day > Month.of(month).maxLength()) {
            return Optional.empty();
        }
        return Optional.of(new UnDates.WeekdayAndDate(DayOfWeek.of(weekday + 1), MonthDay.of(month, day)));
    }

    /** The day rows' form, to find one at the start of an annex row whose other cells follow it. */
    public Pattern weekdayAndDayMonthPattern() {
        return weekdayAndDayMonth;
    }

    /**
     * The date of a match: the day, month and year groups of one end ({@code end} "1" or "2" in a range), else those
     * the range's two ends share (a month and year written once).
     */
    private Optional<LocalDate> dateOf(Matcher m, String end) {
        String day = group(m, "d" + end, "d");
        String year = group(m, "yyyy" + end, "yyyy");
        int month = month(m, end);
        if (day == null || year == null || month < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, day(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private int month(Matcher m, String end) {
        String name = group(m, "month" + end, "month");
        if (name != null) {
            return indexOf(months, name) + 1;
        }
        String number = group(m, "m" + end, "m");
        return number == null ? 0 : Integer.parseInt(number);
    }

    private int day(String text) {
        return !firstDay.isEmpty() && text.equalsIgnoreCase(firstDay) ? 1 : Integer.parseInt(text);
    }

    /** The first of the named groups the pattern has and the match took part in. */
    private static String group(Matcher m, String... names) {
        for (String name : names) {
            if (m.pattern().pattern().contains("(?<" + name + ">") && m.group(name) != null) {
                return m.group(name);
            }
        }
        return null;
    }

    private static int indexOf(List<String> words, String found) {
        String normal = clean(found).toLowerCase(Locale.ROOT);
        for (int i = 0; i < words.size(); i++) {
            if (clean(words.get(i)).toLowerCase(Locale.ROOT).equals(normal)) {
                return i;
            }
        }
        return -1;
    }

    /** Spaces of any kind as one space: the patterns take any spaces, the names are compared so. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\s\u00A0\u2007\u202F]+", " ").strip();
    }
}
