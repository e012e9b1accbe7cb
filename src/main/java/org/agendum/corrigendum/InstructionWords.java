package org.agendum.corrigendum;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the words a corrigendum sets in italics (<i>For</i> … <i>read</i> …, <i>Delete</i>, <i>Insert</i> … <i>after</i>
 * …; <i>Au lieu de</i> … <i>lire</i> … in French) in an instruction's text. Only words outside quotation marks count:
 * the quoted text is the document's own, and "read" or "after" in it is not an instruction. A keyword is whole words
 * ("de" inside "Au lieu de" is not found alone, "after" is not found in "afterwards").
 */
public final class InstructionWords {
    private static final char STRAIGHT_QUOTE = '"';

    /** A piece of an instruction's text: a keyword (italic) or the text between keywords. */
    public record Part(String text, boolean keyword) {
    }

    private InstructionWords() {
    }

    /** The English instruction's parts. */
    static List<Part> parts(String text) {
        return parts(text, CorrigendumWording.ENGLISH);
    }

    static List<Part> parts(String text, CorrigendumWording wording) {
        String open = wording.quoteMarks().open();
        String close = wording.quoteMarks().close();
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            if (!quoted) {
                String keyword = keywordAt(text, i, wording.keywords());
                if (keyword != null) {
                    if (!plain.isEmpty()) {
                        parts.add(new Part(plain.toString(), false));
                        plain.setLength(0);
                    }
                    parts.add(new Part(keyword, true));
                    i += keyword.length();
                    continue;
                }
            }
            char c = text.charAt(i);
            if (!quoted && (text.startsWith(open, i) || c == STRAIGHT_QUOTE)) {
                quoted = true;
            } else if (quoted && (text.startsWith(close, i) || c == STRAIGHT_QUOTE)) {
                quoted = false;
            }
            plain.append(c);
            i++;
        }
        if (!plain.isEmpty()) {
            parts.add(new Part(plain.toString(), false));
        }
        return List.copyOf(parts);
    }

    /** The keyword that starts at {@code at} as whole words, or null. */
    private static String keywordAt(String text, int at, List<String> keywords) {
        for (String keyword : keywords) {
            if (text.startsWith(keyword, at) && !letterAt(text, at - 1) && !letterAt(text, at + keyword.length())) {
                return keyword;
            }
        }
        return null;
    }

    private static boolean letterAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetter(text.charAt(index));
    }
}
