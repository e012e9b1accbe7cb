package org.agendum.rollforward;

/**
 * Where a text of the meeting is: its name for the officer ("Item 1 (a), annotation") and its index, the n-th text
 * {@link MeetingTexts} visits, which finding and changing agree on.
 */
public record TextPlace(int index, String where) {
}
