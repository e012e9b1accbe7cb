package org.agendum.ui.annotation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;

/**
 * The annotation area's text as the model's annotation, on every keystroke. A keystroke changes one paragraph, and
 * RichTextFX's paragraphs are immutable (an unchanged paragraph is the same object after a change), so each
 * paragraph converted last time is taken again by identity: a keystroke in a long annotation converts one paragraph,
 * and the annotation it gives shares the others with the one before (cheap to compare and to keep for undo).
 */
final class AreaText {
    private Map<Object, Paragraph> converted = new IdentityHashMap<>();

    RichText of(AnnotationArea area) {
        var pars = area.getParagraphs();
        Map<Object, Paragraph> next = new IdentityHashMap<>(pars.size() * 2);
        List<Paragraph> paragraphs = new ArrayList<>(pars.size());
        for (var par : pars) {
            Paragraph paragraph = converted.get(par);
            if (paragraph == null) {
                paragraph = AnnotationDocuments.toParagraph(par);
            }
            next.put(par, paragraph);
            paragraphs.add(paragraph);
        }
        converted = next;
        return AnnotationDocuments.annotationOf(paragraphs);
    }
}
