package org.agendum.typography;

/**
 * Text from a file or a user shown in a message, a dialog or a terminal: what cannot be shown safely becomes "?".
 * That is every control character (an ESC sequence would make a terminal print something else, a carriage return
 * overwrite the line), the invisible marks that turn text around (bidirectional controls such as U+202E) and a
 * half of a surrogate pair (no character at all). The reader's messages ({@code org.agendum.file}), the command
 * line's output and the window's messages about links all show user text through this one rule.
 */
public final class Printable {
    /** How many characters of user text a message quotes before it shortens with "…". */
    public static final int QUOTED_LENGTH = 60;

    private Printable() {
    }

    /** The whole text, each character that cannot be shown safely replaced by "?". */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        if (isPrintable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(shown(c)));
        return out.toString();
    }

    /** {@link #of}, shortened to {@link #QUOTED_LENGTH} characters with "…" after: for quoting in a sentence. */
    public static String quoted(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(QUOTED_LENGTH).forEach(c -> out.appendCodePoint(shown(c)));
        return text.codePointCount(0, text.length()) > QUOTED_LENGTH ? out + "…" : out.toString();
    }

    /** Whether {@link #of} returns the text unchanged. */
    public static boolean isPrintable(String text) {
        return text.codePoints().allMatch(c -> shown(c) == c);
    }

    private static int shown(int c) {
        return isUnsafe(c) ? '?' : c;
    }

    /** Control characters, bidirectional controls and lone surrogates. */
    static boolean isUnsafe(int c) {
        return Character.isISOControl(c) || isBidiControl(c) || c >= 0xD800 && c <= 0xDFFF;
    }

    /** U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069: the marks that change the order in which text shows. */
    static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** The first half of a surrogate pair without its other half, or -1: such text cannot be written as UTF-8. */
    public static int loneSurrogateAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
