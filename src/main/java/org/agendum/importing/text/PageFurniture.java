package org.agendum.importing.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The running heads and feet a PDF viewer or a web copy puts between the lines of the text: the job number
 * ("V.18-02176", "GE.19-04013(E)", "18-05678 (E) 090418"), the barcode ("*1802176*"), page numbers ("2", "2/4",
 * "Page 2") and the document symbol repeated at the top of each page. A line is furniture only when every word of it
 * is: a sentence that mentions a symbol stays.
 *
 * <p>Two lines are kept, since the masthead needs them: the first line that is only a symbol (page 1 prints the
 * symbol in the masthead; later copies of it are running heads), and the first job line with its dates (page 1's
 * footer, "V.18-02176 (E) 090418 100418"), which is kept as a paragraph of its own.
 */
final class PageFurniture {
    /** "V.18-02176", "GE.19-04013", "18-05678", with the language letter glued or not: "GE.19-04013(E)". */
    private static final Pattern JOB_NUMBER = Pattern.compile("(?:[A-Z]{1,2}\\.)?\\d{2}-\\d{5}(?:\\([A-Z]\\))?");
    private static final Pattern LANGUAGE_LETTER = Pattern.compile("\\([A-Z]\\)");
    private static final Pattern JOB_DATE = Pattern.compile("\\d{6}");
    private static final Pattern BARCODE = Pattern.compile("\\*\\d{7}\\*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}(?:/\\d{1,3})?");
    private static final Pattern PAGE_WORD = Pattern.compile("(?i)page \\d{1,3}(?: of \\d{1,3})?");
    /** A document symbol alone on a line: "CTOC/COP/WG.4/2018/1", "A/80/590", "E/CN.15/2011/1". */
    static final Pattern SYMBOL = Pattern.compile("[A-Z]{1,10}(?:/[A-Za-z0-9.\\-()]+){1,8}");

    /** What a line of the text is, as far as page furniture goes. */
    enum Kind { TEXT, MASTHEAD_SYMBOL, JOB_LINE, REMOVED }

    private String mastheadSymbol;
    private boolean jobLineKept;
    /** Each removed text once, with how often it was seen, for the report. */
    private final Map<String, Integer> removed = new LinkedHashMap<>();

    Kind classify(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return Kind.TEXT;
        }
        int tab = text.lastIndexOf('\t');
        if (mastheadSymbol == null && tab >= 0 && SYMBOL.matcher(text.substring(tab + 1).strip()).matches()) {
            // "United Nations<tab>CTOC/COP/WG.4/2018/1": a PDF's masthead line, with the symbol in its right column
            mastheadSymbol = text.substring(tab + 1).strip();
            return Kind.TEXT;
        }
        if (SYMBOL.matcher(text).matches() && !endsASentence(text)) {
            if (mastheadSymbol == null) {
                mastheadSymbol = text;
                return Kind.MASTHEAD_SYMBOL;
            }
            return remove(text, text.equals(mastheadSymbol) ? "running head" : "symbol alone on a line");
        }
        String[] words = text.split("\\s+");
        boolean hasJobNumber = false;
        boolean hasDate = false;
        boolean hasSymbol = false;
        for (String word : words) {
            if (JOB_NUMBER.matcher(word).matches()) {
                hasJobNumber = true;
            } else if (JOB_DATE.matcher(word).matches()) {
                hasDate = true;
            } else if (SYMBOL.matcher(word).matches() && word.contains("/") && !endsASentence(word)) {
                hasSymbol = true;
            } else if (!LANGUAGE_LETTER.matcher(word).matches() && !BARCODE.matcher(word).matches()
                    && !PAGE_NUMBER.matcher(word).matches()) {
                return PAGE_WORD.matcher(text).matches() ? remove(text, "page number") : Kind.TEXT;
            }
        }
        if (hasJobNumber && hasDate && !jobLineKept && !hasSymbol) {
            jobLineKept = true;
            return Kind.JOB_LINE;
        }
        if (hasJobNumber) {
            return remove(text, "job number");
        }
        if (hasSymbol) {
            return remove(text, "running head");
        }
        if (words.length == 1 && BARCODE.matcher(text).matches()) {
            return remove(text, "barcode");
        }
        if (hasDate && words.length > 1) {
            return Kind.TEXT;
        }
        return remove(text, hasDate ? "job date" : "page number");
    }

    /**
     * "A/80/562)." or "A/80/976).13": a symbol that closes a bracket it did not open, or ends with a full stop, is the
     * end of a sentence broken onto a line of its own (with a footnote's number after it), not a running head.
     */
    private static boolean endsASentence(String text) {
        return text.chars().filter(c -> c == ')').count() > text.chars().filter(c -> c == '(').count()
                || text.endsWith(".");
    }

    private Kind remove(String text, String what) {
        removed.merge("\"" + text + "\" (" + what + ")", 1, Integer::sum);
        return Kind.REMOVED;
    }

    /** What was removed, each text once: "\"V.18-02176\" (job number), 3 times". */
    List<String> removed() {
        List<String> out = new ArrayList<>();
        removed.forEach((text, count) -> out.add(count == 1 ? text : text + ", " + count + " times"));
        return out;
    }
}
