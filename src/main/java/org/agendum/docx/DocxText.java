package org.agendum.docx;

import java.util.function.Supplier;
import org.agendum.typography.Quotes;

/**
 * Text as Word can store it. The model may hold anything a user typed or pasted, but an XML 1.0 document
 * cannot contain most control characters, lone surrogates or U+FFFE/U+FFFF, and a file holding one does not
 * open. They are dropped; tabs and line breaks become spaces, because the layout's own tabs are what aligns
 * numbers and text (a stray tab would push a line to the next tab stop).
 */
final class DocxText {
    private DocxText() {
    }

    /**
     * Text as the reader sees it: {@link #clean}ed, with straight quotes made directional (the Editorial Manual
     * makes curly quotes mandatory; docs/un-format.md §7). {@code paragraphSoFar} gives the text already in the
     * paragraph, or just its end: only its last character is used, to decide whether a quote at the start opens or
     * closes (callers pass the last character {@link ContentWriter} keeps, so that a paragraph of many runs stays
     * linear). Non-breaking spaces and dashes are kept as typed. Not for link targets, field codes or document
     * variables, which must stay as they are.
     */
    static String typeset(Supplier<String> paragraphSoFar, String text) {
        String cleaned = clean(text);
        if (cleaned.indexOf('"') < 0 && cleaned.indexOf('\'') < 0) {
            return cleaned;
        }
        String before = paragraphSoFar.get();
        if (before == null || before.isEmpty()) {
            return Quotes.curly(cleaned);
        }
        String last = before.substring(before.offsetByCodePoints(before.length(), -1));
        return Quotes.curly(last + cleaned).substring(last.length());
    }

    static String typeset(String text) {
        return typeset(() -> "", text);
    }

    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isClean(text)) {
            return text; // nearly all text: no copy (an export cleans every run of a 260-page agenda)
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                out.append(' ');
            } else if (allowedInXml(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #clean} would return the text unchanged: no character below a space, no surrogate (a pair
     * takes the long way), none of U+0085, U+2028, U+2029, U+FFFE, U+FFFF.
     */
    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0xD800 && c <= 0xDFFF || c == 0x85 || c == 0x2028 || c == 0x2029 || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    /** The Char production of XML 1.0, less the controls Word would show as boxes. */
    private static boolean allowedInXml(int cp) {
        return cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
