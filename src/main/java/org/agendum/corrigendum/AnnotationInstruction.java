package org.agendum.corrigendum;

import java.util.ArrayList;
import java.util.List;
import org.agendum.changes.Change;

/**
 * An annotation's changed words as an instruction: a replacement reads "For “on two days.” read “on three days.”"
 * with the words of context the change has, so that the place is found in the paragraph; words only added are
 * "Insert “…” after “…”" and words only removed "Delete “…” after “…”" (or "before" the next words when the change
 * is at the start of the paragraph).
 */
final class AnnotationInstruction {
    private AnnotationInstruction() {
    }

    static String of(Change.AnnotationChanged change) {
        if (!change.deleted().isEmpty() && !change.inserted().isEmpty()) {
            return CorrigendumInstructions.forRead(excerpt(change, change.deleted()), excerpt(change, change.inserted()));
        }
        String verb = change.inserted().isEmpty() ? "Delete " : "Insert ";
        List<String> words = change.inserted().isEmpty() ? change.deleted() : change.inserted();
        return verb + CorrigendumInstructions.quoted(String.join(" ", words)) + anchor(change);
    }

    /** " after “the last words before”", " before “the first words after”", or nothing in an emptied paragraph. */
    private static String anchor(Change.AnnotationChanged change) {
        if (!change.before().isEmpty()) {
            return " after " + CorrigendumInstructions.quoted(String.join(" ", change.before()));
        }
        if (!change.after().isEmpty()) {
            return " before " + CorrigendumInstructions.quoted(String.join(" ", change.after()));
        }
        return "";
    }

    private static String excerpt(Change.AnnotationChanged change, List<String> words) {
        List<String> all = new ArrayList<>(change.before());
        all.addAll(words);
        all.addAll(change.after());
        return String.join(" ", all);
    }
}
