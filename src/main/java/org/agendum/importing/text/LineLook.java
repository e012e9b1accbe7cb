package org.agendum.importing.text;

import java.util.List;
import java.util.Objects;
import org.agendum.model.TextStyle;

/**
 * What a printed line shows beyond its characters, as a PDF's glyphs tell it: whether every letter of it is bold,
 * whether its place on the page says it starts a paragraph (space above it, a change of font size or of bold), and
 * the words on it set apart by their style (bold, italic, a link). Text that was never printed (a .txt, pasted text)
 * has {@link #NONE}.
 */
public record LineLook(boolean bold, boolean startsParagraph, List<Mark> marks) {
    /** Nothing known: the line is only its characters. */
    public static final LineLook NONE = new LineLook(false, false, List.of());

    /**
     * Words of a line in a style of their own, as they read: bold, italic, linked (the style's link); and whether they
     * start the line and reach its end, so that a phrase broken over two lines reads on as one.
     */
    public record Mark(String text, TextStyle style, boolean fromLineStart, boolean toLineEnd) {
        public Mark {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    public LineLook {
        marks = List.copyOf(marks);
    }

    /** The same look without the evidence of a paragraph's start, once the line above it has been taken away. */
    LineLook continuing() {
        return startsParagraph ? new LineLook(bold, false, marks) : this;
    }
}
