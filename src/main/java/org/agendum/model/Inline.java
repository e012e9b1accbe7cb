package org.agendum.model;

/** A piece of a paragraph: styled text, or the place where a footnote is called. */
public sealed interface Inline permits TextRun, FootnoteMark {
    /** The text a reader sees in the running paragraph (a footnote mark shows nothing here: its number is derived). */
    String visibleText();
}
