package org.agendum.model;

/**
 * What is still to be done to an item's text before the document goes out: nothing, a review (taken over from last
 * session's meeting by File ▸ New Session from This Meeting) or a translation (copied into another language's version
 * by File ▸ New Language Version). One mark at a time: a version made from a meeting still under review asks for a
 * translation of every text, which is a review too. Any change to the item's content takes either mark off (see
 * {@link AgendaItem}).
 */
public enum ItemMark {
    NONE,
    REVIEW,
    TRANSLATE;

    public boolean isMarked() {
        return this != NONE;
    }
}
