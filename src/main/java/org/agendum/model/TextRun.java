package org.agendum.model;

import java.util.Objects;

/** Text with one style. */
public record TextRun(String text, TextStyle style) implements Inline {
    public TextRun {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    public static TextRun plain(String text) {
        return new TextRun(text, TextStyle.PLAIN);
    }

    @Override
    public String visibleText() {
        return text;
    }
}
