package org.agendum.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How much of a reference text another text reproduces, in order. Both texts are cut into tokens: runs of letters
 * and digits, and every other visible character on its own (so "Distr.:" is three tokens and a missing colon costs
 * one). The score is the share of the reference's tokens that a longest common subsequence of the two token lists
 * keeps: a token the other text has only elsewhere in the order counts as missing, and tokens only the other text
 * has cost nothing (an export may add headings, furniture or labels a text extraction lost).
 *
 * <p>Normalised alike on both sides, since they are typography, not wording: Unicode composition (NFC), any kind of
 * space or line break, dashes and hyphens (a source's "11-15 April" is the export's "11–15 April"), and curly
 * quotes. Case, punctuation and everything else count as they are.
 *
 * <p>A plain dynamic-programming LCS: enough for documents of a few thousand tokens (the project has no diff
 * library to reuse).
 */
public final class TokenMatch {
    /** Guards the table's size: 50 million cells of 2 bytes. */
    private static final long MAX_CELLS = 50_000_000L;

    private TokenMatch() {
    }

    /** A token and where it stands in the normalised text, so that missing stretches can be quoted readably. */
    public record Token(String text, int start, int end) {
    }

    /**
     * @param matched the reference tokens a longest common subsequence keeps
     * @param total   the reference's tokens
     * @param missing the stretches of consecutive reference tokens left unmatched, in order, as the (normalised)
     *                reference text has them
     */
    public record Result(int matched, int total, List<String> missing) {
        public Result {
            missing = List.copyOf(missing);
        }

        /** Matched over total; 1 for an empty reference, which nothing can fail to reproduce. */
        public double score() {
            return total == 0 ? 1.0 : (double) matched / total;
        }

        /** The score in per cent, rounded to one decimal. */
        public double percent() {
            return Math.round(score() * 1000) / 10.0;
        }

        /** "score 87.5 % (350/400); missing: "…" | "…"", with at most {@code fragments} stretches of 70 characters. */
        public String summary(int fragments) {
            StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "score %.1f %% (%d/%d)",
                    percent(), matched, total));
            if (!missing.isEmpty()) {
                out.append("; missing: ");
                for (int i = 0; i < Math.min(fragments, missing.size()); i++) {
                    String fragment = missing.get(i);
                    out.append(i == 0 ? "" : " | ").append('"')
                            .append(fragment.length() > 70 ? fragment.substring(0, 69) + "…" : fragment).append('"');
                }
                if (missing.size() > fragments) {
                    out.append(" (").append(missing.size() - fragments).append(" more)");
                }
            }
            return out.toString();
        }
    }

    /** The reference's tokens matched in order by the other text's. */
    public static Result match(String reference, String other) {
        String ref = normalised(reference);
        List<Token> refTokens = tokens(ref);
        List<String> a = refTokens.stream().map(Token::text).toList();
        List<String> b = tokens(normalised(other)).stream().map(Token::text).toList();
        boolean[] kept = lcs(a, b);
        int matched = 0;
        List<String> missing = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i <= a.size(); i++) {
            boolean unmatched = i < a.size() && !kept[i];
            if (i < a.size() && kept[i]) {
                matched++;
            }
            if (unmatched && runStart < 0) {
                runStart = i;
            } else if (!unmatched && runStart >= 0) {
                // a line break between two missing tokens reads as one space
                missing.add(ref.substring(refTokens.get(runStart).start(), refTokens.get(i - 1).end())
                        .replaceAll(" {2,}", " "));
                runStart = -1;
            }
        }
        return new Result(matched, a.size(), missing);
    }

    /** The tokens of an already {@link #normalised} text. */
    public static List<Token> tokens(String text) {
        Objects.requireNonNull(text, "text");
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == ' ') {
                i = next;
                continue;
            }
            if (isWordPart(c)) {
                int end = next;
                while (end < text.length() && isWordPart(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                out.add(new Token(text.substring(i, end), i, end));
                i = end;
            } else {
                out.add(new Token(text.substring(i, next), i, next));
                i = next;
            }
        }
        return out;
    }

    /** NFC; every space, line break and tab one plain space; dashes "-"; curly quotes straight. */
    public static String normalised(String text) {
        String composed = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
                out.append(' ');
            } else if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
                out.append('-');
            } else if (c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B') {
                out.append('\'');
            } else if (c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F') {
                out.append('"');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isWordPart(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** Which of {@code a}'s elements one longest common subsequence with {@code b} keeps. */
    static boolean[] lcs(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS || Math.min(n, m) > Character.MAX_VALUE) {
            throw new IllegalArgumentException("texts too long for a plain LCS: " + n + " × " + m + " tokens");
        }
        // tokens as numbers: the table compares n × m pairs
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        int[] x = a.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
        int[] y = b.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
        // lengths of the LCS of the suffixes a[i..] and b[j..]; char holds up to 65535
        char[][] length = new char[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                length[i][j] = x[i] == y[j] ? (char) (length[i + 1][j + 1] + 1)
                        : (char) Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        boolean[] kept = new boolean[n];
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            // taking a match is always optimal: it adds one to the rest's best
            if (x[i] == y[j]) {
                kept[i++] = true;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }
}
