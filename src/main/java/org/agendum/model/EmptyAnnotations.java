package org.agendum.model;

/**
 * What the annotations print for an item that has nothing to say (no annotation, no Documentation, no sub-item
 * with either): real documents leave its heading out or give a short standard sentence under it. A heading left
 * alone, with nothing under it, is what neither does.
 */
public enum EmptyAnnotations {
    NO_HEADING("Leave the item out of the annotations"),
    STANDARD_SENTENCE("Print the standard sentence under its heading");

    /** The sentence a meeting starts with; the officer may change it. */
    public static final String DEFAULT_SENTENCE = "No annotation is provided under this item.";

    private final String label;

    EmptyAnnotations(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
