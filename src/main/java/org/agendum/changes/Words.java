package org.agendum.changes;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.DocumentationEntry;

/** How the changes put texts in their sentences: quoted, excerpts with their context, Documentation lines. */
final class Words {
    /** Stands for a paragraph break among an annotation's words. */
    static final String PARAGRAPH_BREAK = "\u00b6";

    private Words() {
    }

    static String quoted(String text) {
        return "\u201c" + text + "\u201d";
    }

    /** Quoted, or "(blank)" for an empty text (a cleared field, an empty note). */
    static String quotedOrBlank(String text) {
        return text.isEmpty() ? "(blank)" : quoted(text);
    }

    /** "held on two days.": the changed words between the words of context around them. */
    static String excerpt(List<String> before, List<String> words, List<String> after) {
        List<String> all = new ArrayList<>(before);
        all.addAll(words);
        all.addAll(after);
        return String.join(" ", all);
    }

    /** "Report of the Secretariat (CTOC/COP/WG.4/2018/2)", as the Documentation list prints it. */
    static String entry(DocumentationEntry entry) {
        String symbol = entry.symbol().isBlank() ? "" : " (" + entry.symbol() + ")";
        return quoted(entry.description() + symbol);
    }
}
