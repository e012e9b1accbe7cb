package org.agendum.ui.annotation;

import org.agendum.model.Paragraph;

/**
 * The paragraph style of the annotation area, mirroring {@link Paragraph#level()}: 0 is body text, 1, 2 and 3 are
 * subparagraphs lettered "(a)", "(i)" and "a." (labels are derived, never stored).
 */
public record ParStyle(int level) {
    public static final ParStyle BODY = new ParStyle(0);

    public ParStyle {
        if (level < 0 || level > Paragraph.MAX_LEVEL) {
            throw new IllegalArgumentException("Paragraph level must be 0 to " + Paragraph.MAX_LEVEL + ", was " + level);
        }
    }

    public static ParStyle of(int level) {
        return level == 0 ? BODY : new ParStyle(level);
    }

    /** This style moved {@code delta} levels in (positive) or out (negative), kept within 0 … MAX_LEVEL. */
    public ParStyle shifted(int delta) {
        return of(Math.max(0, Math.min(Paragraph.MAX_LEVEL, level + delta)));
    }

    public String styleClass() {
        return "level-" + level;
    }
}
