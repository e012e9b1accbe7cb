package org.agendum.rollforward;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a word was written, so that its replacement is written alike: "eighth", "Eighth", "EIGHTH", or each part
 * capitalized as in a title ("Twenty-First").
 */
enum LetterCase {
    LOWER, CAPITALIZED, UPPER, EACH_PART;

    static LetterCase of(String word) {
        boolean anyLower = word.chars().anyMatch(Character::isLowerCase);
        boolean anyUpper = word.chars().anyMatch(Character::isUpperCase);
        if (!anyUpper) {
            return LOWER;
        }
        if (!anyLower && word.chars().filter(Character::isLetter).count() > 1) {
            return UPPER;
        }
        String[] parts = word.split("[ \\u00a0-]+");
        if (parts.length > 1 && Arrays.stream(parts).skip(1)
                .allMatch(p -> p.equals("and") || !p.isEmpty() && Character.isUpperCase(p.charAt(0)))) {
            return EACH_PART;
        }
        return CAPITALIZED;
    }

    /** {@code lower} (written in lower case) written in this case. */
    String apply(String lower) {
        return switch (this) {
            case LOWER -> lower;
            case UPPER -> lower.toUpperCase(Locale.ROOT);
            case CAPITALIZED -> capitalize(lower);
            case EACH_PART -> eachPart(lower);
        };
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** "Twenty-Second", "One Hundred and First": "and" stays small, as titles write it. */
    private static String eachPart(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean and = start && lower.startsWith("and ", i);
            out.append(start && !and ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\u00a0';
        }
        return out.toString();
    }
}
