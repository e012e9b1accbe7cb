package org.agendum.model;

import java.util.List;

/**
 * One paragraph of an annotation. {@code level} 0 is body text; 1, 2 and 3 are subparagraphs lettered
 * "(a)", "(i)" and "a." (their labels are derived from the neighbouring paragraphs, never stored).
 * Runs are kept canonical (adjacent runs of equal style merged, empty runs dropped) so that two paragraphs
 * that read the same are equal.
 */
public record Paragraph(int level, List<Inline> inlines) {
    public static final int MAX_LEVEL = 3;

    public Paragraph {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("Paragraph level must be 0 to " + MAX_LEVEL + ", was " + level);
        }
        inlines = Runs.canonical(inlines);
    }

    public static Paragraph body(Inline... inlines) {
        return new Paragraph(0, List.of(inlines));
    }

    public static Paragraph body(String plainText) {
        return new Paragraph(0, List.of(TextRun.plain(plainText)));
    }

    public static Paragraph subparagraph(int level, String plainText) {
        return new Paragraph(level, List.of(TextRun.plain(plainText)));
    }

    public boolean isSubparagraph() {
        return level > 0;
    }

    public Paragraph withLevel(int newLevel) {
        return new Paragraph(newLevel, inlines);
    }

    /** The paragraph's text as a reader sees it in the running text (footnote texts excluded). */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        inlines.forEach(inline -> out.append(inline.visibleText()));
        return out.toString();
    }

    /**
     * No visible text but spaces and no footnote: {@code plainText().isBlank() && footnotes().isEmpty()}, without
     * building the text (the Word export asks it of each of a long agenda's paragraphs).
     */
    public boolean isBlank() {
        for (Inline inline : inlines) {
            if (inline instanceof FootnoteMark || !inline.visibleText().isBlank()) {
                return false;
            }
        }
        return true;
    }

    public List<FootnoteMark> footnotes() {
        return inlines.stream().filter(FootnoteMark.class::isInstance).map(FootnoteMark.class::cast).toList();
    }
}
