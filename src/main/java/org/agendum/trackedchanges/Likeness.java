package org.agendum.trackedchanges;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * What lets two blocks be versions of each other, and how alike they are: the share of their words in common, each
 * word weighing its length (Dice's coefficient over the words as a multiset), which is quick enough to weigh every
 * pair of a stretch. By length, because a number and a full stop say little: "2. Second item" is the new "1. Second
 * item" renumbered, not "1. Styled item" renamed.
 */
final class Likeness {
    private final String kind;
    /** The least length of words a text needs to pair with a longer one that contains it. */
    private static final int MIN_CONTAINED = 12;

    private final Map<String, Integer> words = new HashMap<>();
    /** The words' length in all. */
    private final int count;

    /** Whether any two blocks of this kind pair (tables), whatever their words. */
    private final boolean always;

    private Likeness(String kind, String text, boolean always) {
        this.kind = kind;
        this.always = always;
        List<String> all = WordDiff.words(text).stream().filter(w -> !w.isBlank()).toList();
        all.forEach(word -> words.merge(word, 1, Integer::sum));
        count = all.stream().mapToInt(String::length).sum();
    }

    /** @param kind what must be equal for two blocks to pair (a paragraph's properties, a row's number of cells) */
    static Likeness of(String kind, Element block) {
        StringBuilder text = new StringBuilder();
        appendText(text, block);
        return new Likeness(kind, text.toString(), false);
    }

    /** The block's words as a reader sees them apart: a tab or a new paragraph parts them too ("2." and "Second"). */
    private static void appendText(StringBuilder text, Element element) {
        for (Element child : WordXml.children(element)) {
            if (WordXml.is(child, "t")) {
                text.append(child.getTextContent());
            } else if (WordXml.is(child, "tab") || WordXml.is(child, "br")) {
                text.append(' ');
            } else if (!WordXml.is(child, "pPr") && !WordXml.is(child, "rPr")) {
                appendText(text, child);
                if (WordXml.is(child, "p")) {
                    text.append(' ');
                }
            }
        }
    }

    /** Blocks of this kind always pair with each other (two tables: their rows are compared). */
    static Likeness always(String kind) {
        return new Likeness(kind, "", true);
    }

    /** Whether the block has no text: a spacer paragraph, not a table. */
    boolean empty() {
        return count == 0 && !always;
    }

    double to(Likeness other) {
        if (!kind.equals(other.kind)) {
            return -1;
        }
        if (always || count == 0 && other.count == 0) {
            return 1;
        }
        if (count == 0 || other.count == 0) {
            // a place filled in or emptied (an annex cell that gets the time when an entry moves): one paragraph
            // changed, not an empty line deleted and a full one inserted, unless a likelier pair is there
            return Alignment.SIMILAR;
        }
        int common = 0;
        for (Map.Entry<String, Integer> word : words.entrySet()) {
            common += word.getKey().length() * Math.min(word.getValue(), other.words.getOrDefault(word.getKey(), 0));
        }
        double dice = 2.0 * common / (count + other.count);
        // a text kept whole in a longer one ("Other matters." → "Other matters, including the date of the next
        // meeting.") is that text extended, to be shown word by word, however much was added; only for a text of
        // some length, since a short one ("Vienna.") is found in many paragraphs
        int shorter = Math.min(count, other.count);
        return shorter >= MIN_CONTAINED ? Math.max(dice, (double) common / shorter) : dice;
    }
}
