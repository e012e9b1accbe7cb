package org.agendum.ui.annotation;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.TextStyle;

/** The style classes of a text node in the annotation area; editors.css gives each its look. */
final class StyleClasses {
    private StyleClasses() {
    }

    static List<String> of(TextStyle style) {
        List<String> classes = new ArrayList<>(5);
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
        return classes;
    }
}
