package org.agendum.importing.word;

/** Word's number formats for list labels (w:numFmt): 1, 01, a, A, i, I, 1st, and bullets. */
final class NumberFormats {
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv",
            "i"};

    private NumberFormats() {
    }

    static String format(int number, String numFmt) {
        String format = numFmt == null ? "decimal" : numFmt;
        return switch (format) {
            case "none" -> "";
            case "lowerLetter" -> letters(number);
            case "upperLetter" -> letters(number).toUpperCase(java.util.Locale.ROOT);
            case "lowerRoman" -> roman(number);
            case "upperRoman" -> roman(number).toUpperCase(java.util.Locale.ROOT);
            case "decimalZero" -> number >= 0 && number < 10 ? "0" + number : String.valueOf(number);
            case "ordinal" -> number + ordinalSuffix(number);
            default -> String.valueOf(number);
        };
    }

    /** Word's letters: a … z, then aa … zz, aaa …: the letter repeated once more for each round. */
    static String letters(int number) {
        if (number <= 0) {
            return String.valueOf(number);
        }
        char letter = (char) ('a' + (number - 1) % 26);
        return String.valueOf(letter).repeat((number - 1) / 26 + 1);
    }

    static String roman(int number) {
        if (number <= 0 || number >= 4000) {
            return String.valueOf(number);
        }
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    private static String ordinalSuffix(int number) {
        int lastTwo = number % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** A bullet's glyph; symbol-font glyphs (private-use characters such as U+F0B7) read as "•". */
    static String bullet(String lvlText) {
        StringBuilder out = new StringBuilder();
        lvlText.codePoints().forEach(c -> out.append(c >= 0xE000 && c <= 0xF8FF ? "•" : Character.toString(c)));
        return out.toString();
    }
}
