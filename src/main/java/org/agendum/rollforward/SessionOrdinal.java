package org.agendum.rollforward;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ordinal that numbers a session or a meeting ("eighth meeting", "Sixth session", "twenty-first Meeting of the
 * Parties", "8th meeting", "resumed seventy-ninth session"), in words or in figures, found in a text with the next
 * number written as it was. Only an ordinal right before such a word counts: "Third Committee", "first reading" and
 * "the first time" are not session numbers, and a plenary meeting's number ("the third plenary meeting") is not the
 * session's either.
 *
 * @param start where the ordinal starts in the text
 * @param end   where it ends (the word after it is not part of it)
 * @param value the number
 * @param text  the ordinal as written
 * @param next  the next number written alike: "ninth", "Seventh", "9th", "22nd"
 */
public record SessionOrdinal(int start, int end, int value, String text, String next) {
    /** What may follow a session's number; "regular", "special" … may come between. */
    private static final String NUMBERED = "(?=[ \\u00a0]+(?:(?:regular|special|resumed|ordinary|extraordinary"
            + "|annual)[ \\u00a0]+)?(?:session|meeting|conference|congress)s?\\b)";
    private static final Pattern WORDS = Pattern.compile("\\b" + OrdinalWords.PATTERN + "\\b" + NUMBERED,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURES = Pattern.compile("\\b([0-9]{1,5})(st|nd|rd|th)\\b" + NUMBERED,
            Pattern.CASE_INSENSITIVE);

    /** Every session or meeting number in {@code text}, in order. */
    static List<SessionOrdinal> in(String text) {
        List<SessionOrdinal> out = new ArrayList<>();
        Matcher words = WORDS.matcher(text);
        while (words.find()) {
            String found = words.group();
            int value = OrdinalWords.value(found).orElseThrow();
            OrdinalWords.next(found).ifPresent(next -> out.add(
                    new SessionOrdinal(words.start(), words.end(), value, found, next)));
        }
        Matcher figures = FIGURES.matcher(text);
        while (figures.find()) {
            int value = Integer.parseInt(figures.group(1));
            String suffix = figures.group(2);
            if (value > 0 && suffix.equalsIgnoreCase(suffix(value)) && value < 99_999) {
                String next = (value + 1) + LetterCase.of(suffix).apply(suffix(value + 1));
                out.add(new SessionOrdinal(figures.start(), figures.end(), value, figures.group(), next));
            }
        }
        out.sort(Comparator.comparingInt(SessionOrdinal::start));
        return out;
    }

    /** "st", "nd", "rd" or "th": 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 111th. */
    static String suffix(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** The text with this ordinal replaced by the next, for texts that hold it at the same place. */
    String applyTo(String in) {
        if (!in.regionMatches(start, text, 0, text.length())) {
            throw new IllegalArgumentException("\"" + text + "\" is not at " + start + " of that text");
        }
        return in.substring(0, start) + next + in.substring(end);
    }

    @Override
    public String toString() {
        return text + " \u2192 " + next;
    }
}
