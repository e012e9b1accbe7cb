package org.agendum.typography;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A language table's pattern ("{d} {month} {yyyy}", "{start} a {end} horas") as a regular expression that reads back
 * what {@link LanguageTable#fill} writes with it, so that the import reads a version from the same table the export
 * prints it from. Each placeholder becomes a named group of the fragment given for it; the text between them is
 * literal, but for spaces (any run of spaces, no-break spaces included, or none: a copy may lose them) and dashes (any
 * hyphen or dash, spaced or not, as documents and PDFs vary).
 */
public final class TemplateRegex {
    /** Spaces as documents give them: ordinary, no-break, narrow no-break; or none. */
    public static final String SPACES = "[\\s\u00A0\u2007\u202F]*";
    /** A hyphen or any dash, with or without spaces around it. */
    public static final String DASH = SPACES + "[-\u2010\u2011\u2012\u2013\u2014\u2015]" + SPACES;

    private TemplateRegex() {
    }

    /**
     * The expression of {@code template}: "{name}" becomes {@code (?<name>fragment)}, each name suffixed with
     * {@code suffix} (for a pattern used twice in one expression: a range's two dates).
     *
     * @throws IllegalArgumentException for a placeholder without a fragment
     */
    public static String of(String template, Map<String, String> fragments, String suffix) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int end = open < 0 ? template.length() : open;
            out.append(literal(template.substring(at, end)));
            if (open < 0) {
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed placeholder in \"" + template + "\"");
            }
            String name = template.substring(open + 1, close);
            String fragment = fragments.get(name);
            if (fragment == null) {
                throw new IllegalArgumentException("No expression for {" + name + "} in \"" + template + "\"");
            }
            out.append("(?<").append(name).append(suffix).append('>').append(fragment).append(')');
            at = close + 1;
        }
        return out.toString();
    }

    public static String of(String template, Map<String, String> fragments) {
        return of(template, fragments, "");
    }

    /** Fixed text, its spaces and dashes loosened as in {@link #of}. */
    public static String literal(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isSpace(c) || isDash(c)) {
                int j = i;
                boolean dash = false;
                while (j < text.length() && (isSpace(text.charAt(j)) || isDash(text.charAt(j)) && !dash)) {
                    dash |= isDash(text.charAt(j));
                    j++;
                }
                flush(out, run);
                out.append(dash ? DASH : SPACES);
                i = j;
            } else {
                run.append(c);
                i++;
            }
        }
        flush(out, run);
        return out.toString();
    }

    /** One of the alternatives, as literal text; the longest first, so that "aa" is tried before "a". */
    public static String anyOf(java.util.Collection<String> words) {
        return words.stream().filter(w -> !w.isEmpty()).sorted((a, b) -> b.length() - a.length())
                .map(TemplateRegex::literal).reduce((a, b) -> a + "|" + b).map(s -> "(?:" + s + ")").orElse("(?!)");
    }

    /** Case does not matter in words (a heading in capitals, "lundi" in running text), in any script. */
    public static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static void flush(StringBuilder out, StringBuilder run) {
        if (run.length() > 0) {
            out.append(Pattern.quote(run.toString()));
            run.setLength(0);
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isDash(char c) {
        return c == '-' || c >= '\u2010' && c <= '\u2015';
    }
}
