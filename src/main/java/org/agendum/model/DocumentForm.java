package org.agendum.model;

import java.util.Objects;

/**
 * Which parts the document prints: its {@link AgendaLayout form} (and so its headings), and what an item with
 * nothing to annotate gets ({@link EmptyAnnotations}, with the standard sentence when that is the choice).
 */
public record DocumentForm(AgendaLayout layout, EmptyAnnotations emptyAnnotations, String standardSentence) {
    /** The sample's form; an empty item is left out of the annotations. */
    public static final DocumentForm DEFAULT = new DocumentForm(AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA,
            EmptyAnnotations.NO_HEADING, EmptyAnnotations.DEFAULT_SENTENCE);

    public DocumentForm {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(emptyAnnotations, "emptyAnnotations");
        Objects.requireNonNull(standardSentence, "standardSentence");
    }

    public DocumentForm withLayout(AgendaLayout v) {
        return new DocumentForm(v, emptyAnnotations, standardSentence);
    }

    public DocumentForm withEmptyAnnotations(EmptyAnnotations v) {
        return new DocumentForm(layout, v, standardSentence);
    }

    public DocumentForm withStandardSentence(String v) {
        return new DocumentForm(layout, emptyAnnotations, v);
    }
}
