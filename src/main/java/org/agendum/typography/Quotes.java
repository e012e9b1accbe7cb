package org.agendum.typography;

import java.util.Objects;

/**
 * Directional ("curly") quotation marks, which the UN Editorial Manual makes mandatory: double
 * quotes “ ” outside, single quotes ‘ ’ inside, and ’ (U+2019) as the apostrophe.
 *
 * <p>A straight quote opens when it starts the text or follows white space (including no-break
 * space), an opening bracket, a dash or another opening quote; otherwise it closes. Only the
 * character before the quote is looked at, so typing and bulk conversion give the same result. An
 * apostrophe inside or after a word ("d’organisation", "States’ parties") is therefore a closing
 * single quote, as it should be; an elided leading apostrophe ("'90s") becomes ‘, a known limit.
 */
public final class Quotes {

    /** LEFT DOUBLE QUOTATION MARK (U+201C). */
    public static final char OPEN_DOUBLE = '\u201C';
    /** RIGHT DOUBLE QUOTATION MARK (U+201D). */
    public static final char CLOSE_DOUBLE = '\u201D';
    /** LEFT SINGLE QUOTATION MARK (U+2018). */
    public static final char OPEN_SINGLE = '\u2018';
    /** RIGHT SINGLE QUOTATION MARK (U+2019), which is also the apostrophe. */
    public static final char CLOSE_SINGLE = '\u2019';

    private Quotes() {
    }

    /**
     * Replaces every straight quote ({@code "} and {@code '}) with its directional form; all other
     * characters, including quotes that are already curly, are kept. Idempotent.
     */
    public static String curly(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isStraightQuote(c) ? forTypedQuote(out, c) : c);
        }
        return out.toString();
    }

    /**
     * For the editor while typing: the curly character to insert instead of the straight quote
     * {@code typed}, given the text {@code before} the caret.
     *
     * @throws IllegalArgumentException if {@code typed} is neither {@code "} nor {@code '}
     */
    public static char forTypedQuote(CharSequence before, char typed) {
        Objects.requireNonNull(before, "before");
        if (!isStraightQuote(typed)) {
            throw new IllegalArgumentException("Not a straight quote: '" + typed + "' (U+"
                    + String.format("%04X", (int) typed) + ")");
        }
        boolean opening = before.length() == 0
                || opensQuotation(Character.codePointBefore(before, before.length()));
        if (typed == '"') {
            return opening ? OPEN_DOUBLE : CLOSE_DOUBLE;
        }
        return opening ? OPEN_SINGLE : CLOSE_SINGLE;
    }

    private static boolean isStraightQuote(char c) {
        return c == '"' || c == '\'';
    }

    /** Whether a quote right after {@code previous} starts a quotation. */
    private static boolean opensQuotation(int previous) {
        if (Character.isWhitespace(previous) || Character.isSpaceChar(previous)) {
            return true;
        }
        int type = Character.getType(previous);
        return type == Character.START_PUNCTUATION        // ( [ { and low-9 quotes „ ‚
                || type == Character.DASH_PUNCTUATION      // - – —
                || type == Character.INITIAL_QUOTE_PUNCTUATION; // “ ‘ «
    }
}
