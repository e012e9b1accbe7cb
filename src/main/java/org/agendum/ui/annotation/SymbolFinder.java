package org.agendum.ui.annotation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.model.DocumentSymbol;

/**
 * Finds the UN document symbol the officer means in a paragraph: the selected text, or the "word" around the caret
 * (letters, digits, slashes, full stops and hyphens, without the sentence's closing full stop), with a bracketed
 * section suffix such as "A/80/6 (Sect. 16)". Only well-formed symbols ({@link DocumentSymbol}) are found.
 */
public final class SymbolFinder {
    private static final Pattern SUFFIX = Pattern.compile(" \\((?:Sect|Part|Chap|Prog)\\. ?[0-9A-Za-z]+\\)");

    /** Where a symbol sits in the paragraph's text, and the symbol itself. */
    public record Found(int start, int end, String symbol) {
    }

    private SymbolFinder() {
    }

    /**
     * The symbol selected ({@code start < end}) or under the caret ({@code start == end}) in {@code text}, if it is a
     * well-formed symbol.
     */
    public static Optional<Found> find(String text, int start, int end) {
        if (start < end) {
            String selected = text.substring(start, end);
            int from = start + (selected.length() - selected.stripLeading().length());
            int to = end - (selected.length() - selected.stripTrailing().length());
            while (to > from && isClosingPunctuation(text.charAt(to - 1)) && !wellFormed(text.substring(from, to))) {
                to--;
            }
            return from < to && wellFormed(text.substring(from, to))
                    ? Optional.of(new Found(from, to, text.substring(from, to))) : Optional.empty();
        }
        int from = start;
        while (from > 0 && isSymbolChar(text.charAt(from - 1))) {
            from--;
        }
        int to = start;
        while (to < text.length() && isSymbolChar(text.charAt(to))) {
            to++;
        }
        while (to > from && (text.charAt(to - 1) == '.' || text.charAt(to - 1) == '-')) {
            to--;
        }
        if (from >= to) {
            return Optional.empty();
        }
        Matcher suffix = SUFFIX.matcher(text).region(to, text.length());
        if (suffix.lookingAt() && wellFormed(text.substring(from, suffix.end()))) {
            to = suffix.end();
        }
        String candidate = text.substring(from, to);
        return wellFormed(candidate) ? Optional.of(new Found(from, to, candidate)) : Optional.empty();
    }

    private static boolean wellFormed(String candidate) {
        return candidate.indexOf('/') > 0 && DocumentSymbol.isWellFormed(candidate);
    }

    private static boolean isSymbolChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '-');
    }

    private static boolean isClosingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == ')';
    }
}
