package org.agendum.ui.annotation;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.RichText;
import org.agendum.typography.LanguageNumbering;

/**
 * The labels an annotation's paragraphs show, in the version's forms as the Word export prints them: "" for body
 * text, "(a)", "(i)" in English, "a)", "i)" in French, "(أ)", "’1‘" in Arabic.
 */
final class SubparagraphLabels {
    private SubparagraphLabels() {
    }

    static List<String> of(RichText text, LanguageNumbering numbering) {
        List<Integer> ordinals = text.subparagraphOrdinals();
        List<String> labels = new ArrayList<>(ordinals.size());
        for (int i = 0; i < ordinals.size(); i++) {
            int level = text.paragraphs().get(i).level();
            labels.add(level == 0 ? "" : numbering.listLabel(level, ordinals.get(i)));
        }
        return labels;
    }
}
