package org.agendum.rollforward;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a text that belong to last session: the session's own ("Monday, 2 July 2018", "2 and 3 July 2018") and
 * those of the year before it, when it was prepared ("At its meeting on 22 January 2018, the extended Bureau…").
 * They are listed for the officer, never changed: the roll-forward cannot know the new session's Bureau meetings,
 * and an older date ("resolution 55/25 of 15 November 2000") is history that stays.
 */
final class OldSessionDates {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    /** "[Monday, ][2[ July] and|–|-] 3 July 2018": a date or a range whose last date carries the year. */
    private static final Pattern DATE = Pattern.compile("(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday),?[ \\u00a0]+)?(?:([0-9]{1,2})(?:[ \\u00a0]+" + MONTH + ")?[ \\u00a0]*(?:and|\u2013|-|to)"
            + "[ \\u00a0]*)?\\b([0-9]{1,2})[ \\u00a0]+" + MONTH + "[ \\u00a0]+([0-9]{4})\\b");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    /** Where a date of last session is in a text. */
    record Found(int start, int end) {
    }

    private OldSessionDates() {
    }

    /** The dates in {@code text} from a year before {@code start} to {@code end}, the last session's dates. */
    static List<Found> in(String text, LocalDate start, LocalDate end) {
        LocalDate from = start.getYear() > java.time.Year.MIN_VALUE ? start.minusYears(1) : start;
        List<Found> out = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(5));
            LocalDate last = date(year, m.group(4), m.group(3));
            LocalDate first = m.group(1) == null ? last
                    : date(year, m.group(2) == null ? m.group(4) : m.group(2), m.group(1));
            if (within(first, from, end) || within(last, from, end)) {
                out.add(new Found(m.start(), m.end()));
            }
        }
        return out;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    /** The date, or null for one the calendar has not ("31 June"). */
    private static LocalDate date(int year, String month, String day) {
        try {
            return LocalDate.of(year, MONTHS.indexOf(month) + 1, Integer.parseInt(day));
        } catch (DateTimeException notADate) {
            return null;
        }
    }
}
