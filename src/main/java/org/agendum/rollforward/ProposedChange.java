package org.agendum.rollforward;

/**
 * A session or meeting number the roll-forward proposes to bump: where it is, the text around it, and the number as
 * it will read ("eighth" → "ninth"). The officer confirms each.
 *
 * @param place   the n-th text of the meeting ({@link MeetingTexts}) and its name for the officer
 * @param ordinal the number found, with its next
 * @param snippet the number in its sentence
 */
public record ProposedChange(TextPlace place, SessionOrdinal ordinal, Snippet snippet) {
    /** "Item 1 (a), annotation". */
    public String where() {
        return place.where();
    }

    /** The number as written now: "eighth". */
    public String before() {
        return ordinal.text();
    }

    /** The number as it will read: "ninth". */
    public String after() {
        return ordinal.next();
    }
}
