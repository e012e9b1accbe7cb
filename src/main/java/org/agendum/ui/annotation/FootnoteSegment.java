package org.agendum.ui.annotation;

import org.agendum.model.FootnoteMark;

/**
 * A footnote call in the annotation area: one character wide (U+FFFC in the area's text), drawn as its superscript
 * number, and carrying the footnote's text. {@link #NONE} is the empty segment RichTextFX asks for.
 *
 * <p>Equal footnotes are equal, but the area numbers them by identity: each call in the text is its own object.
 */
public record FootnoteSegment(FootnoteMark mark) {
    /** The object-replacement character that stands for a footnote call in the area's plain text. */
    public static final char CHARACTER = '\uFFFC';
    static final FootnoteSegment NONE = new FootnoteSegment(null);

    public static FootnoteSegment of(FootnoteMark mark) {
        return new FootnoteSegment(java.util.Objects.requireNonNull(mark, "mark"));
    }

    public boolean isEmpty() {
        return mark == null;
    }

    public int length() {
        return isEmpty() ? 0 : 1;
    }
}
