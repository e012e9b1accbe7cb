package org.agendum.typography;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of meetings in a language's patterns ({@link LanguageTable}): "10 a.m.–1 p.m.", "3–6 p.m.",
 * "10 heures-13 heures", "10.00 a 13.00 horas", "上午10时至下午1时", "下午3时至6时". The table gives the clock (12 or
 * 24 hours), the form of a time on the hour and with minutes, the halves of the day, the words for noon and
 * midnight (which never share a half of the day), the range and which of its ends leaves out the half of the day
 * both share. The English table gives exactly what {@link UnTimes} writes (LanguageTimesPropertyTest).
 * {@link #parseRange} reads back what {@link #range} writes, from the same patterns ({@link TemplateRegex}).
 */
public final class LanguageTimes {
    private final boolean twelveHours;
    private final String onTheHour;
    private final String withMinutes;
    private final String am;
    private final String pm;
    private final String noonHour;
    private final String noon;
    private final String midnight;
    private final String range;
    private final String sharedPeriod;
    /** One time's forms: the words for noon and midnight; with minutes and on the hour, with their groups. */
    private final Map<Pattern, LocalTime> words = new LinkedHashMap<>();
    private final List<Pattern> clockForms = new ArrayList<>();
    private final Pattern rangePattern;

    LanguageTimes(LanguageTable table) {
        String clock = table.get("time.clock");
        if (!clock.equals("12") && !clock.equals("24")) {
            throw new IllegalStateException("The " + table.code() + " table's time.clock is 12 or 24, not " + clock);
        }
        this.twelveHours = clock.equals("12");
        this.onTheHour = table.get("time.onTheHour");
        this.withMinutes = table.get("time.withMinutes");
        this.am = table.get("time.am");
        this.pm = table.get("time.pm");
        this.noonHour = table.get("time.noonHour");
        this.noon = table.get("time.noon");
        this.midnight = table.get("time.midnight");
        this.range = table.get("time.range");
        this.sharedPeriod = table.get("time.sharedPeriod");
        // the half of the day is optional: the end that shares it leaves it out
        Map<String, String> parts = Map.of("h", "\\d{1,2}", "hh", "\\d{2}", "mm", "\\d{2}",
                "period", "(?:" + TemplateRegex.anyOf(List.of(am, pm, noonHour)) + ")?");
        List<String> alternatives = new ArrayList<>();
        if (!noon.isEmpty()) {
            words.put(TemplateRegex.compile(TemplateRegex.literal(noon)), LocalTime.NOON);
            alternatives.add(TemplateRegex.literal(noon));
        }
        if (!midnight.isEmpty()) {
            words.put(TemplateRegex.compile(TemplateRegex.literal(midnight)), LocalTime.MIDNIGHT);
            alternatives.add(TemplateRegex.literal(midnight));
        }
        for (String form : new String[] {withMinutes, onTheHour}) {
            alternatives.add(TemplateRegex.of(form, parts));
            clockForms.add(TemplateRegex.compile(TemplateRegex.of(form, parts)));
        }
        String anyTime = "(?:" + String.join("|", alternatives).replaceAll("\\(\\?<\\w+>", "(?:") + ")";
        this.rangePattern = TemplateRegex.compile(TemplateRegex.of(range, Map.of("start", anyTime, "end", anyTime)));
    }

    /** One time: "10 a.m.", "12 noon", "15 heures", "上午10时". */
    public String time(LocalTime time) {
        Objects.requireNonNull(time, "time");
        return end(time, false, true);
    }

    /**
     * A meeting's start and end, as {@link UnTimes#range} accepts them: the end is after the start within one day,
     * an end of 00:00 being the midnight that closes it.
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public String range(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!UnTimes.isRange(start, end)) {
            throw new IllegalArgumentException("Time range must end after it starts: start " + start + ", end " + end);
        }
        boolean shared = twelveHours && !isWord(start) && !isWord(end) && period(start).equals(period(end));
        return LanguageTable.fill(range, "start", end(start, false, !(shared && sharedPeriod.equals("start"))),
                "end", end(end, true, !(shared && sharedPeriod.equals("end"))));
    }

    /**
     * A meeting's times as the annex and the window show them: its range, or, for a meeting typed as ending before it
     * starts (a problem the validator reports), the two times as they are rather than none.
     */
    public String meeting(LocalTime start, LocalTime end) {
        return UnTimes.isRange(start, end) ? range(start, end) : asTyped(start, end);
    }

    /** Two times in the range's pattern as they are, for a meeting typed as ending before it starts. */
    public String asTyped(LocalTime start, LocalTime end) {
        return LanguageTable.fill(range, "start", time(start), "end", time(end));
    }

    /**
     * One end of a range. {@code closing}: an end of 00:00 is the midnight that closes the day (24 on a 24-hour
     * clock); {@code withPeriod}: whether the half of the day is printed.
     */
    private String end(LocalTime time, boolean closing, boolean withPeriod) {
        if (isNoon(time) && !noon.isEmpty()) {
            return noon;
        }
        if (isMidnight(time) && !midnight.isEmpty()) {
            return midnight;
        }
        int hour = time.getHour();
        if (twelveHours) {
            hour = hour % 12 == 0 ? 12 : hour % 12;
        } else if (closing && isMidnight(time)) {
            hour = 24;
        }
        String minutes = (time.getMinute() < 10 ? "0" : "") + time.getMinute();
        String pattern = time.getMinute() == 0 ? onTheHour : withMinutes;
        String filled = LanguageTable.fill(pattern, "h", Integer.toString(hour), "hh", (hour < 10 ? "0" : "") + hour,
                "mm", minutes, "period", withPeriod ? period(time) : "");
        return withPeriod ? filled : filled.strip();
    }

    private String period(LocalTime time) {
        if (time.getHour() < 12) {
            return am;
        }
        return time.getHour() == 12 && !noonHour.isEmpty() ? noonHour : pm;
    }

    private boolean isWord(LocalTime time) {
        return isNoon(time) && !noon.isEmpty() || isMidnight(time) && !midnight.isEmpty();
    }

    private static boolean isNoon(LocalTime time) {
        return time.getHour() == 12 && time.getMinute() == 0;
    }

    private static boolean isMidnight(LocalTime time) {
        return time.getHour() == 0 && time.getMinute() == 0;
    }

    /**
     * Reads what {@link #range} writes ("10 heures-13 heures", "上午10时至下午1时", "3–6 p.m."): the half of the day
     * one end leaves out is the other's, an end of 24 (or midnight) closes the day. Empty for anything else and for
     * a range that does not end after it starts.
     */
    public Optional<UnTimes.TimeRange> parseRange(String text) {
        Matcher m = rangePattern.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<ReadTime> start = read(m.group("start"));
        Optional<ReadTime> end = read(m.group("end"));
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        String startPeriod = start.get().period() != null ? start.get().period() : end.get().period();
        String endPeriod = end.get().period() != null ? end.get().period() : start.get().period();
        Optional<LocalTime> from = at(start.get(), startPeriod);
        Optional<LocalTime> to = at(end.get(), endPeriod);
        if (from.isEmpty() || to.isEmpty() || !UnTimes.isRange(from.get(), to.get())) {
            return Optional.empty();
        }
        return Optional.of(new UnTimes.TimeRange(from.get(), to.get()));
    }

    /** The range's form, to find one at the start of an annex row whose other cells follow it. */
    public Pattern rangePattern() {
        return rangePattern;
    }

    /** One end as printed: a word (noon, midnight), or an hour with its minutes and its half of the day if printed. */
    private Optional<ReadTime> read(String text) {
        String end = text.strip();
        for (Map.Entry<Pattern, LocalTime> word : words.entrySet()) {
            if (word.getKey().matcher(end).matches()) {
                return Optional.of(new ReadTime(word.getValue(), 0, 0, null));
            }
        }
        for (Pattern form : clockForms) {
            Matcher m = form.matcher(end);
            if (m.matches()) {
                String pattern = form.pattern();
                int hour = Integer.parseInt(pattern.contains("(?<hh>") ? m.group("hh") : m.group("h"));
                int minute = pattern.contains("(?<mm>") ? Integer.parseInt(m.group("mm")) : 0;
                String period = pattern.contains("(?<period>") ? m.group("period") : null;
                return Optional.of(new ReadTime(null, hour, minute, period == null || period.isEmpty() ? null
                        : period.toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    /** An end read as printed: a word's time, or an hour and minutes whose half of the day may be the other end's. */
    private record ReadTime(LocalTime word, int hour, int minute, String period) {
    }

    private Optional<LocalTime> at(ReadTime read, String period) {
        if (read.word() != null) {
            return Optional.of(read.word());
        }
        int h = read.hour();
        if (twelveHours) {
            if (period == null || h < 1 || h > 12) {
                return Optional.empty();
            }
            h = period.equals(am.toLowerCase(Locale.ROOT)) ? h % 12 : h == 12 ? 12 : h + 12;
        } else if (h == 24 && read.minute() == 0) {
            h = 0;
        }
        return h > 23 || read.minute() > 59 ? Optional.empty() : Optional.of(LocalTime.of(h, read.minute()));
    }
}
