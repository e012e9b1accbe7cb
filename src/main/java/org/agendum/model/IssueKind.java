package org.agendum.model;

/**
 * How a version was issued: the first circulation, a revision replacing it ("…/Rev.1"), a corrigendum correcting
 * it ("…/Corr.1"), or the same document reissued under its own symbol for technical reasons (the symbol's asterisk and
 * its note "Reissued for technical reasons on …"). Open for more (an addendum) as the export learns to write them.
 */
public enum IssueKind {
    ORIGINAL("original"),
    REVISION("revision"),
    CORRIGENDUM("corrigendum"),
    REISSUE("reissue");

    private final String word;

    IssueKind(String word) {
        this.word = word;
    }

    /** "original", "revision", "corrigendum", "reissue": how lists of issued versions name the kind. */
    public String word() {
        return word;
    }
}
