package org.agendum.corrigendum;

import java.util.ArrayList;
import java.util.List;
import org.agendum.changes.Change;

/**
 * An annotation's changed words as an instruction: a replacement reads "For “on two days.” read “on three days.”"
 * with the words of context the change has, so that the place is found in the paragraph; words only added are
 * "Insert “…” after “…”" and words only removed "Delete “…” after “…”" (or "before" the next words when the change
 * is at the start of the paragraph), each in the version's language ({@link CorrigendumWording}).
 */
final class AnnotationInstruction {
    private AnnotationInstruction() {
    }

    static String of(Change.AnnotationChanged change, CorrigendumWording wording) {
        if (!change.deleted().isEmpty() && !change.inserted().isEmpty()) {
            return wording.forRead(excerpt(change, change.deleted()), excerpt(change, change.inserted()));
        }
        boolean inserted = change.deleted().isEmpty();
        String text = wording.quoted(String.join(" ", inserted ? change.inserted() : change.deleted()));
        String verb = inserted ? "insert" : "delete";
        if (!change.before().isEmpty()) {
            return wording.words(verb + "After", "text", text, "anchor",
                    wording.quoted(String.join(" ", change.before())));
        }
        if (!change.after().isEmpty()) {
            return wording.words(verb + "Before", "text", text, "anchor",
                    wording.quoted(String.join(" ", change.after())));
        }
        // an emptied or a new paragraph: nothing around it to name
        return wording.words(verb, "text", text);
    }

    private static String excerpt(Change.AnnotationChanged change, List<String> words) {
        List<String> all = new ArrayList<>(change.before());
        all.addAll(words);
        all.addAll(change.after());
        return String.join(" ", all);
    }
}
