package org.agendum.typography;

import java.util.Objects;

/**
 * Special characters and small text clean-ups of UN English typography.
 *
 * <p>The constants are strings rather than chars so that they can be used directly with
 * {@link String#contains}, {@link String#join} and replacement methods.
 */
public final class UnText {

    /** NO-BREAK SPACE (U+00A0), used in UN documents inside "1 January", "$601.6 million" and the like. */
    public static final String NBSP = "\u00A0";

    /**
     * EN DASH (U+2013), the range sign in dates and times ("13–17 December 2021", "3–6 p.m."),
     * written without spaces. Older UN documents used a hyphen; current practice is the en dash.
     */
    public static final String EN_DASH = "\u2013";

    private UnText() {
    }

    /**
     * Ends a sentence with a full stop unless it already ends with one (or with "?" or "!"), so that
     * "… at 10 a.m." does not become "… at 10 a.m.." when the time comes last.
     *
     * @throws NullPointerException if {@code sentence} is null
     */
    public static String endSentence(String sentence) {
        Objects.requireNonNull(sentence, "sentence");
        if (sentence.endsWith(".") || sentence.endsWith("?") || sentence.endsWith("!")) {
            return sentence;
        }
        return sentence + ".";
    }

    /**
     * Collapses every run of ordinary spaces (U+0020) and tabs into a single space and removes them
     * at both ends, e.g. for titles typed or pasted by users.
     *
     * <p>Only U+0020 and tab are touched: a no-break space is a deliberate typographic choice and is
     * kept, and line breaks are left alone.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static String normalizeSpaces(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                pendingSpace = true;
            } else {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
