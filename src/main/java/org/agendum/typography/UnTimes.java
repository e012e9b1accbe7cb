package org.agendum.typography;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Times of day in UN English style: 12-hour clock, lower-case "a.m."/"p.m." with full stops, a
 * full stop (not a colon) between hours and minutes, and "12 noon"/"12 midnight" instead of
 * "12 p.m."/"12 a.m.", which readers confuse.
 *
 * <p>Seconds and fractions of a second are ignored: agendas never show them.
 */
public final class UnTimes {

    private static final String AM = "a.m.";
    private static final String PM = "p.m.";

    private UnTimes() {
    }

    /** "10 a.m.", "3 p.m.", "3.30 p.m.", "12 noon", "12 midnight", "12.30 a.m.". */
    public static String time(LocalTime time) {
        Objects.requireNonNull(time, "time");
        if (isNoon(time)) {
            return "12 noon";
        }
        if (isMidnight(time)) {
            return "12 midnight";
        }
        return clock(time) + " " + suffix(time);
    }

    /**
     * A range of times with an en dash and no spaces. The "a.m." or "p.m." is written once when both
     * ends share it ("3–6 p.m.", "9.30–11 a.m.") and at both ends otherwise ("10 a.m.–1 p.m.");
     * noon and midnight are words and never merge ("10 a.m.–12 noon", "12 noon–3 p.m.").
     *
     * <p>An end of 00:00 means midnight at the end of the day ("9 p.m.–12 midnight"); a range that
     * would run past midnight is rejected, because a meeting slot lies within one day.
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public static String range(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        int startMinute = minuteOfDay(start);
        // 00:00 as the end is the midnight that closes the day, unless the range also starts then
        int endMinute = isMidnight(end) && !isMidnight(start) ? 24 * 60 : minuteOfDay(end);
        if (endMinute <= startMinute) {
            throw new IllegalArgumentException(
                    "Time range must end after it starts: start " + start + ", end " + end);
        }
        boolean startIsWord = isNoon(start) || isMidnight(start);
        boolean endIsWord = isNoon(end) || isMidnight(end);
        if (!startIsWord && !endIsWord && suffix(start).equals(suffix(end))) {
            return clock(start) + UnText.EN_DASH + time(end);
        }
        return time(start) + UnText.EN_DASH + time(end);
    }

    /** Hour on the 12-hour clock, with ".mm" only when the minutes are not zero: "3", "3.30", "12.05". */
    private static String clock(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        int minute = time.getMinute();
        return minute == 0 ? Integer.toString(hour) : hour + "." + (minute < 10 ? "0" : "") + minute;
    }

    private static String suffix(LocalTime time) {
        return time.getHour() < 12 ? AM : PM;
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static boolean isNoon(LocalTime time) {
        return time.getHour() == 12 && time.getMinute() == 0;
    }

    private static boolean isMidnight(LocalTime time) {
        return time.getHour() == 0 && time.getMinute() == 0;
    }
}
