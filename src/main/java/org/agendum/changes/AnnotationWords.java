package org.agendum.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.agendum.model.ItemId;
import org.agendum.model.RichText;

/**
 * An annotation's text compared word by word (java-diff-utils on the words, a paragraph break counting as one), so
 * that a corrected word shows as that word and not as a new paragraph. What the words do not show (a subparagraph's
 * level, formatting, footnotes) {@link AnnotationChanges} compares beside them.
 */
final class AnnotationWords {
    /** Words of context on each side of a change. */
    static final int CONTEXT = 3;

    private AnnotationWords() {
    }

    static List<Change.AnnotationChanged> between(ItemId item, String number, RichText old, RichText current) {
        if (old.equals(current)) {
            return List.of();
        }
        List<String> now = words(current);
        return changes(item, number, now, DiffUtils.diff(words(old), now).getDeltas());
    }

    /** The words' changes from their diff, each in the paragraph of the current text it is in, with context. */
    static List<Change.AnnotationChanged> changes(ItemId item, String number, List<String> now,
            List<AbstractDelta<String>> deltas) {
        List<Change.AnnotationChanged> out = new ArrayList<>();
        for (AbstractDelta<String> delta : deltas) {
            int at = delta.getTarget().getPosition();
            int end = at + delta.getTarget().size();
            out.add(new Change.AnnotationChanged(item, number, paragraphAt(now, at),
                    delta.getSource().getLines(), delta.getTarget().getLines(),
                    contextBefore(now, at), contextAfter(now, end)));
        }
        return out;
    }

    /** The words of every paragraph, with a paragraph break between two paragraphs. */
    static List<String> words(RichText text) {
        return new AnnotationText(text).words;
    }

    private static int paragraphAt(List<String> words, int index) {
        int paragraph = 1;
        for (int i = 0; i < index; i++) {
            if (words.get(i).equals(Words.PARAGRAPH_BREAK)) {
                paragraph++;
            }
        }
        return paragraph;
    }

    private static List<String> contextBefore(List<String> words, int index) {
        int from = index;
        while (from > 0 && index - from < CONTEXT && !words.get(from - 1).equals(Words.PARAGRAPH_BREAK)) {
            from--;
        }
        return words.subList(from, index);
    }

    private static List<String> contextAfter(List<String> words, int index) {
        int to = index;
        while (to < words.size() && to - index < CONTEXT && !words.get(to).equals(Words.PARAGRAPH_BREAK)) {
            to++;
        }
        return words.subList(index, to);
    }
}
