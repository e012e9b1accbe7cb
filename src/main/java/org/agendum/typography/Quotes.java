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

    /**
     * What a typed straight quote becomes in the text: {@code replaced} characters before the caret give way to
     * {@code text}. Only a closing mark with a space inside the marks (French « texte ») replaces anything: the space
     * the officer typed before it, which becomes the no-break one.
     */
    public record Insertion(int replaced, String text) {
        public Insertion {
            Objects.requireNonNull(text, "text");
            if (replaced < 0) {
                throw new IllegalArgumentException("replaced < 0");
            }
        }
    }

    /**
     * For the editor while typing in a language with {@code marks}: what the straight quote {@code typed} becomes,
     * given the text {@code before} the caret (its paragraph, or the field). A double quote opens where
     * {@link #forTypedQuote} opens one, unless a quotation is already open in {@code before} (more opening than
     * closing marks): then it closes it, even after a space; after a Chinese character it opens, as Chinese puts no
     * space before a quotation ("« texte " + '"' gives "« texte »"). Opening and closing
     * marks carry the language's inside space ("«\u00A0", "\u00A0»"). A single quote opens an inner quotation where a
     * quote opens; elsewhere it closes an open inner quotation, or is the apostrophe ’.
     *
     * @throws IllegalArgumentException if {@code typed} is neither {@code "} nor {@code '}
     */
    public static Insertion typed(CharSequence before, char typed, QuoteMarks marks) {
        Objects.requireNonNull(marks, "marks");
        char english = forTypedQuote(before, typed);
        String text = before.toString();
        // Chinese has no spaces between words: after a Han character only an open quotation makes a quote close
        boolean opening = english == OPEN_DOUBLE || english == OPEN_SINGLE
                || !text.isEmpty() && isHan(text.codePointBefore(text.length()));
        if (typed == '"') {
            if (opening && !isOpen(text, marks.open(), marks.close())) {
                return new Insertion(0, marks.open() + marks.space());
            }
            boolean spaceBefore = !text.isEmpty() && Character.isSpaceChar(text.charAt(text.length() - 1));
            return new Insertion(spaceBefore && !marks.space().isEmpty() ? 1 : 0, marks.space() + marks.close());
        }
        if (opening) {
            return new Insertion(0, marks.innerOpen());
        }
        return new Insertion(0, isOpen(text, marks.innerOpen(), marks.innerClose()) ? marks.innerClose()
                : String.valueOf(CLOSE_SINGLE));
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /** Whether {@code text} has more {@code open} marks than {@code close} ones: a quotation is still open. */
    private static boolean isOpen(String text, String open, String close) {
        return !open.equals(close) && count(text, open) > count(text, close);
    }

    private static int count(String text, String mark) {
        int n = 0;
        for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length())) {
            n++;
        }
        return n;
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
