package org.agendum.model;

/**
 * How a version was issued: the first circulation, a revision replacing it ("…/Rev.1"), or a corrigendum correcting
 * it ("…/Corr.1"). Open for more (an addendum) as the export learns to write them.
 */
public enum IssueKind {
    ORIGINAL("original"),
    REVISION("revision"),
    CORRIGENDUM("corrigendum");

    private final String word;

    IssueKind(String word) {
        this.word = word;
    }

    /** "original", "revision", "corrigendum": how lists of issued versions name the kind. */
    public String word() {
        return word;
    }
}
