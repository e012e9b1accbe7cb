package org.agendum.typography;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** "12 noon", "noon", "12noon". */
    private static final Pattern NOON = Pattern.compile("(?:12 ?)?noon");
    private static final Pattern MIDNIGHT = Pattern.compile("(?:12 ?)?midnight");
    /** Hour, optional minutes after "." or ":", optional "a.m."/"am"/"a. m." (or p.m.); input already lower case. */
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?(?: ?([ap])\\.? ?m\\.?)?");
    /** The no-break spaces a pasted "10\u00A0a.m." may carry: read as ordinary spaces. */
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F]+");

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
        if (!isRange(start, end)) {
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

    /**
     * Whether {@link #range} accepts {@code start} to {@code end}: the end is after the start within one day, an end
     * of 00:00 being the midnight that closes the day (unless the range also starts then).
     */
    public static boolean isRange(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        int endMinute = isMidnight(end) && !isMidnight(start) ? 24 * 60 : minuteOfDay(end);
        return endMinute > minuteOfDay(start);
    }

    /**
     * Reads a time as an officer types it: what {@link #time} writes ("10 a.m.", "3.30 p.m.", "12 noon",
     * "12 midnight"), the same without full stops or in capitals ("10am", "3 PM"), "noon", "midnight", and the
     * 24-hour clock ("15:00", "15.00", "09.30"). Minutes are two digits after "." or ":". Spaces around and
     * inside, no-break spaces included, do not matter. With "a.m." the hour runs from 1 to 12 and 12 a.m. is
     * midnight; with "p.m." 12 p.m. is noon.
     *
     * <p>Without "a.m." or "p.m." an hour written as one digit from 1 to 6 is read in the afternoon: "3" is 3 p.m.,
     * "1.30" is 1.30 p.m., because conference meetings run from about 7 a.m. to 7 p.m. and nobody means 3 in the
     * night. Every other hour is on the 24-hour clock: "9" is 9 a.m., "12" noon, "03:30" half past three in the
     * night, "0" midnight.
     *
     * @return the time, or empty if the text is not one (null, blank, "25:00", "13 p.m.", "10.75", "10–11")
     */
    public static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        if (NOON.matcher(cleaned).matches()) {
            return Optional.of(LocalTime.NOON);
        }
        if (MIDNIGHT.matcher(cleaned).matches()) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        Matcher clock = CLOCK.matcher(cleaned);
        if (!clock.matches()) {
            return Optional.empty();
        }
        String hourDigits = clock.group(1);
        int hour = Integer.parseInt(hourDigits);
        int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
        String half = clock.group(3);
        if (minute > 59) {
            return Optional.empty();
        }
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equals("p") ? 12 : 0);
        } else if (hourDigits.length() == 1 && hour >= 1 && hour <= 6) {
            hour += 12; // the afternoon of a working day, see above
        } else if (hour > 23) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
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

    /** A meeting's start and end, as {@link #parseRange} reads them. */
    public record TimeRange(LocalTime start, LocalTime end) {
        public TimeRange {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /** The dash between the two ends: an en dash as {@link #range} writes it, a hyphen or "to" as people type it. */
    private static final Pattern RANGE_DASH = Pattern.compile(" ?[-\u2010\u2011\u2012\u2013\u2014] ?| to ");
    private static final Pattern HALF = Pattern.compile("[ap]\\.? ?m\\.?$|noon$|midnight$");

    /**
     * Reads what {@link #range} writes, "10 a.m.–1 p.m.", "3–6 p.m.", "10 a.m.–12 noon", and the same with a hyphen
     * or "to" and the spellings {@link #parse} accepts. A start without "a.m." or "p.m." shares the end's ("3–6 p.m."
     * is 3 to 6 p.m.) unless that would put it after the end: then a start from 7 to 11 is in the morning ("11–1 p.m."
     * is 11 a.m. to 1 p.m.) and another is no range ("6–3 p.m.").
     *
     * @return the range, or empty if the text is not one or does not end after it starts ({@link #isRange})
     */
    public static Optional<TimeRange> parseRange(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        String[] ends = RANGE_DASH.split(cleaned, -1);
        if (ends.length != 2) {
            return Optional.empty();
        }
        Optional<LocalTime> end = parse(ends[1]);
        if (end.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalTime> start = Optional.empty();
        Matcher endHalf = HALF.matcher(ends[1].strip());
        boolean startHasHalf = HALF.matcher(ends[0].strip()).find();
        if (!startHasHalf && endHalf.find() && !endHalf.group().equals("noon") && !endHalf.group().equals("midnight")) {
            // "3–6 p.m.": the start shares the end's half of the day, unless it would then come after the end
            start = parse(ends[0] + " " + endHalf.group()).filter(s -> isRange(s, end.get()));
            if (start.isEmpty() && endHalf.group().startsWith("p")) {
                // "11–1 p.m.": a morning start (7 to 11, as in a working day) that the end's p.m. would put after it
                start = parse(ends[0] + " a.m.").filter(s -> s.getHour() >= 7);
            }
        }
        if (start.isEmpty()) {
            start = parse(ends[0]);
        }
        if (start.isEmpty() || !isRange(start.get(), end.get())) {
            return Optional.empty();
        }
        return Optional.of(new TimeRange(start.get(), end.get()));
    }
}
