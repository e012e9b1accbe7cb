package org.agendum.corrigendum;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the words a corrigendum sets in italics (<i>For</i> … <i>read</i> …, <i>Delete</i>, <i>Insert</i> … <i>after</i>
 * …) in an instruction's text. Only words outside quotation marks count: the quoted text is the document's own, and
 * "read" or "after" in it is not an instruction.
 */
public final class InstructionWords {
    /** The instruction's words, as the UN's corrigenda italicize them. */
    static final Set<String> KEYWORDS = Set.of("For", "read", "Delete", "delete", "Insert", "insert", "after",
            "before");

    /** A piece of an instruction's text: a keyword (italic) or the text between keywords. */
    public record Part(String text, boolean keyword) {
    }

    private InstructionWords() {
    }

    static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\u201c' || (c == '"' && !quoted)) {
                quoted = true;
            } else if (c == '\u201d' || (c == '"' && quoted)) {
                quoted = false;
            }
            if (!quoted && Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                if (KEYWORDS.contains(word)) {
                    if (!plain.isEmpty()) {
                        parts.add(new Part(plain.toString(), false));
                        plain.setLength(0);
                    }
                    parts.add(new Part(word, true));
                } else {
                    plain.append(word);
                }
                i = end;
                continue;
            }
            plain.append(c);
            i++;
        }
        if (!plain.isEmpty()) {
            parts.add(new Part(plain.toString(), false));
        }
        return List.copyOf(parts);
    }
}
