package org.agendum.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/**
 * One piece of rendered annotation text with one look: what becomes one {@code Text} node in a
 * {@code TextFlow}. A footnote call is its derived number, shown as a superscript.
 */
record Segment(String text, TextStyle style, boolean footnoteCall) {
    Segment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    static Segment of(TextRun run) {
        return new Segment(run.text(), run.style(), false);
    }

    static Segment footnoteCall(int number) {
        return new Segment(Integer.toString(number), TextStyle.PLAIN.withSuperscript(true), true);
    }

    /** The link target, or null. */
    String link() {
        return style.link();
    }

    /** The style classes of the text node; agendum.css gives each its look. */
    List<String> styleClasses() {
        List<String> classes = new ArrayList<>();
        classes.add("segment");
        if (style.bold()) {
            classes.add("bold");
        }
        if (style.italic()) {
            classes.add("italic");
        }
        if (style.underline()) {
            classes.add("underline");
        }
        if (style.superscript()) {
            classes.add("superscript");
        }
        if (style.isLink()) {
            classes.add("link");
        }
        if (footnoteCall) {
            classes.add("footnote-call");
        }
        return classes;
    }
}
