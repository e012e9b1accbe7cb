package org.agendum.rollforward;

/**
 * Something of last session's that the roll-forward leaves as it is but the officer should look at: a date of last
 * session in the text ("Monday, 2 July 2018"), another session's number ("its seventh meeting"), a document of last
 * session in a Documentation list.
 *
 * @param where   "Item 1 (a), annotation"
 * @param snippet what was found, in its sentence
 * @param reason  why it is listed: "a date of last session", …
 */
public record ToCheck(String where, Snippet snippet, String reason) {
    static final String OLD_DATE = "a date of last session";
    static final String OTHER_NUMBER = "another session\u2019s number";
    static final String OLD_DOCUMENT = "a document of last session";
}
