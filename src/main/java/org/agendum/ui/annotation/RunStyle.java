package org.agendum.ui.annotation;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.TextStyle;

/**
 * The character style of the annotation area, mirroring the model's {@link TextStyle}: bold, italic, underline,
 * superscript and a link address (null when the text is not a link).
 */
public record RunStyle(boolean bold, boolean italic, boolean underline, boolean superscript, String link) {
    public static final RunStyle PLAIN = new RunStyle(false, false, false, false, null);

    public RunStyle {
        if (link != null && link.isBlank()) {
            link = null;
        }
    }

    public static RunStyle of(TextStyle style) {
        return new RunStyle(style.bold(), style.italic(), style.underline(), style.superscript(), style.link());
    }

    public TextStyle toModel() {
        return new TextStyle(bold, italic, underline, superscript, link);
    }

    public boolean isLink() {
        return link != null;
    }

    public RunStyle withBold(boolean value) {
        return new RunStyle(value, italic, underline, superscript, link);
    }

    public RunStyle withItalic(boolean value) {
        return new RunStyle(bold, value, underline, superscript, link);
    }

    public RunStyle withUnderline(boolean value) {
        return new RunStyle(bold, italic, value, superscript, link);
    }

    public RunStyle withSuperscript(boolean value) {
        return new RunStyle(bold, italic, underline, value, link);
    }

    public RunStyle withLink(String target) {
        return new RunStyle(bold, italic, underline, superscript, target);
    }

    /** The style classes of a text node in this style; editors.css gives each its look. */
    public List<String> styleClasses() {
        List<String> classes = new ArrayList<>(4);
        if (bold) {
            classes.add("bold");
        }
        if (italic) {
            classes.add("italic");
        }
        if (underline) {
            classes.add("underline");
        }
        if (superscript) {
            classes.add("superscript");
        }
        if (link != null) {
            classes.add("link");
        }
        return classes;
    }
}
