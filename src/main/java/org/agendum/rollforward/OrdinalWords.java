package org.agendum.rollforward;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * English ordinal numbers in words, first to nine hundred and ninety-ninth, as session and meeting numbers are
 * written ("Sixth session", "twenty-first meeting", "one hundred and first session"): read, written, and the next
 * one in the same case ("Eighty-first" → "Eighty-second", "TWENTIETH" → "TWENTY-FIRST").
 */
final class OrdinalWords {
    private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] UNIT_ORDINALS = {"", "first", "second", "third", "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] TENS_ORDINALS = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth",
        "sixtieth", "seventieth", "eightieth", "ninetieth"};
    static final int MAX = 999;

    private static final String BELOW_100 = "(?:(?:" + alternatives(TENS, 2) + ")-(?:" + alternatives(UNIT_ORDINALS, 1, 9)
            + ")|" + alternatives(TENS_ORDINALS, 2) + "|" + alternatives(UNIT_ORDINALS, 1) + ")";
    /** An ordinal in words, case aside; the longest alternatives first, so "twenty-first" is not read as "twenty". */
    static final String PATTERN = "(?:(?:" + alternatives(UNITS, 1, 9) + ")[ \\u00a0]hundred(?:th|(?:[ \\u00a0]and)?"
            + "[ \\u00a0]" + BELOW_100 + ")|" + BELOW_100 + ")";
    private static final Pattern WHOLE = Pattern.compile(PATTERN, Pattern.CASE_INSENSITIVE);

    private OrdinalWords() {
    }

    /** The number an ordinal in words stands for; empty when the text is not one. */
    static OptionalInt value(String words) {
        if (!WHOLE.matcher(words).matches()) {
            return OptionalInt.empty();
        }
        String[] parts = words.toLowerCase(Locale.ROOT).split("[ \\u00a0-]+");
        int value = 0;
        int i = 0;
        if (parts.length > 1 && (parts[1].equals("hundred") || parts[1].equals("hundredth"))) {
            value = 100 * indexOf(UNITS, parts[0]);
            i = parts[1].equals("hundredth") ? 2 : parts.length > 2 && parts[2].equals("and") ? 3 : 2;
        }
        if (i < parts.length) {
            int tens = indexOf(TENS, parts[i]);
            if (tens >= 2) {
                value += 10 * tens + indexOf(UNIT_ORDINALS, parts[i + 1]);
            } else {
                int tensOrdinal = indexOf(TENS_ORDINALS, parts[i]);
                value += tensOrdinal >= 2 ? 10 * tensOrdinal : indexOf(UNIT_ORDINALS, parts[i]);
            }
        }
        return OptionalInt.of(value);
    }

    /**
     * The ordinal of {@code n} in lower case: "twenty-first", "one hundredth", "one hundred and first" ({@code and}
     * between hundreds and the rest, as British usage and UN English write it) or "one hundred first".
     */
    static String of(int n, boolean withAnd) {
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("Ordinals in words go from 1 to " + MAX + ", not " + n);
        }
        int hundreds = n / 100;
        int rest = n % 100;
        if (hundreds == 0) {
            return below100(rest);
        }
        String head = UNITS[hundreds] + " hundred";
        return rest == 0 ? head + "th" : head + (withAnd ? " and " : " ") + below100(rest);
    }

    private static String below100(int n) {
        if (n < 20) {
            return UNIT_ORDINALS[n];
        }
        return n % 10 == 0 ? TENS_ORDINALS[n / 10] : TENS[n / 10] + "-" + UNIT_ORDINALS[n % 10];
    }

    /** The next ordinal, in the case of {@code words}; empty for one that is not an ordinal or is the last. */
    static Optional<String> next(String words) {
        OptionalInt value = value(words);
        if (value.isEmpty() || value.getAsInt() >= MAX) {
            return Optional.empty();
        }
        // "one hundred and first" as UN English writes it, unless the number was written without the "and"
        String lower = words.toLowerCase(Locale.ROOT);
        boolean withAnd = !lower.contains("hundred ") || lower.contains(" and ");
        return Optional.of(LetterCase.of(words).apply(of(value.getAsInt() + 1, withAnd)));
    }

    private static int indexOf(String[] words, String word) {
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals(word)) {
                return i;
            }
        }
        return 0;
    }

    private static String alternatives(String[] words, int from) {
        return alternatives(words, from, words.length - 1);
    }

    private static String alternatives(String[] words, int from, int to) {
        StringBuilder out = new StringBuilder();
        // longest first: "seventeenth" before "seventh", "fourteen" before "four"
        List<String> sorted = new ArrayList<>(List.of(words).subList(from, to + 1));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (String word : sorted) {
            out.append(out.length() == 0 ? "" : "|").append(word);
        }
        return out.toString();
    }
}
