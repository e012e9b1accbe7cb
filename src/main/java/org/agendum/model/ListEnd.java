package org.agendum.model;

/**
 * How an entry of the agenda list ends. Normally derived ({@link AgendaPunctuation}): a colon before sub-items,
 * a semicolon between entries of one item, a full stop at the end of an item. A rare real agenda punctuates
 * otherwise; an item may say so, and the validator warns, since a difference from the rule is usually a mistake.
 */
public enum ListEnd {
    DERIVED(null, "As the rule says"),
    COLON(":", "Colon (:)"),
    SEMICOLON(";", "Semicolon (;)"),
    FULL_STOP(".", "Full stop (.)"),
    NONE("", "Nothing");

    private final String mark;
    private final String label;

    ListEnd(String mark, String label) {
        this.mark = mark;
        this.label = label;
    }

    /** The characters printed, or null for {@link #DERIVED}. */
    public String mark() {
        return mark;
    }

    public String label() {
        return label;
    }

    /** The override for a mark, e.g. ";" → SEMICOLON. */
    public static ListEnd ofMark(String mark) {
        for (ListEnd end : values()) {
            if (end != DERIVED && end.mark.equals(mark)) {
                return end;
            }
        }
        throw new IllegalArgumentException("no list end " + mark);
    }
}
