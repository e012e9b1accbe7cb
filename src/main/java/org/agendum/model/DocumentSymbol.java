package org.agendum.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a UN document symbol: capital series letters, then parts separated by slashes
 * ("CTOC/COP/WG.4/2018/CRP.1", "A/RES/78/250B", "E/CN.15/2011/1", "FCCC/PA/CMA/2021/10/Add.3"), with an
 * optional bracketed suffix ("A/80/6 (Sect. 16)"). Catches the typing slips officers actually make.
 */
public final class DocumentSymbol {
    private static final Pattern SERIES = Pattern.compile("[A-Z]+");
    /** A part; a special session's bracket is part of its body's part, as in "TD/B(S-XXIII)/1" (seen). */
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.\\-()]*[A-Za-z0-9)])?");
    private static final Pattern SUFFIX = Pattern.compile(" \\((?:Sect|Part|Chap|Prog)\\. ?[0-9A-Za-z]+\\)$");

    private DocumentSymbol() {
    }

    /** Empty when the symbol is well formed, else what is wrong with it, in words for the officer. */
    public static Optional<String> problem(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return Optional.of("is empty");
        }
        if (isPlainWellFormed(symbol)) {
            return Optional.empty(); // the common case, quickly: the validator checks every symbol after every edit
        }
        String core = SUFFIX.matcher(symbol).replaceFirst("");
        if (!core.equals(core.strip())) {
            return Optional.of("has a space at the start or end");
        }
        if (core.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("contains a space (symbols are written without spaces, e.g. A/80/590)");
        }
        if (core.contains("\\")) {
            return Optional.of("contains a backslash; symbols use forward slashes (/)");
        }
        String[] parts = core.split("/", -1);
        if (parts.length < 2) {
            return Optional.of("needs at least two parts separated by a slash, e.g. A/80/590");
        }
        if (!SERIES.matcher(parts[0]).matches()) {
            if (SERIES.matcher(parts[0].toUpperCase(java.util.Locale.ROOT)).matches()) {
                return Optional.of("must start with capital series letters (" + parts[0].toUpperCase(java.util.Locale.ROOT)
                        + "/…, not " + parts[0] + "/…)");
            }
            return Optional.of("must start with its series letters, such as A/, E/, S/ or CTOC/");
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                return Optional.of("has an empty part (two slashes together, or a slash at the end)");
            }
            if (!PART.matcher(parts[i]).matches()) {
                return Optional.of("has a malformed part \"" + parts[i] + "\" (letters, digits, full stops and hyphens "
                        + "only, and a session in brackets)");
            }
            if (!bracketsBalance(parts[i])) {
                return Optional.of("has a bracket without its pair in \"" + parts[i] + "\"");
            }
        }
        return Optional.empty();
    }

    /**
     * Exactly the symbols without a suffix that every check of {@link #problem} passes, {@code
     * [A-Z]+(/[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)+}, in one pass and without a regular expression.
     */
    private static boolean isPlainWellFormed(String symbol) {
        int n = symbol.length();
        int i = 0;
        while (i < n && symbol.charAt(i) >= 'A' && symbol.charAt(i) <= 'Z') {
            i++;
        }
        if (i == 0 || i == n) {
            return false;
        }
        while (i < n) {
            if (symbol.charAt(i) != '/') {
                return false;
            }
            int start = ++i;
            while (i < n && symbol.charAt(i) != '/') {
                char c = symbol.charAt(i);
                if (!isLetterOrDigit(c) && c != '.' && c != '-') {
                    return false;
                }
                i++;
            }
            if (i == start || !isLetterOrDigit(symbol.charAt(start)) || !isLetterOrDigit(symbol.charAt(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** One level of round brackets, each opened and closed: "B(S-XXIII)". */
    private static boolean bracketsBalance(String part) {
        int depth = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (depth < 0 || depth > 1) {
                return false;
            }
        }
        return depth == 0;
    }

    /** {@code [A-Za-z0-9]}: ASCII only, as in the patterns above. */
    private static boolean isLetterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    public static boolean isWellFormed(String symbol) {
        return problem(symbol).isEmpty();
    }

    /** The address of the document in the Official Document System, used for links. */
    public static String odsAddress(String symbol) {
        return "https://docs.un.org/en/" + symbol.strip().replace(" ", "%20");
    }
}
