package org.agendum.docx;

/**
 * The document body as it is written, top to bottom, with DGACM's vertical spacing (docs/un-format.md §3.1,
 * confirmed in A/80/590): the space around headings comes from empty 6-pt SingleTxt "spacer" paragraphs,
 * not from space before or after, two around HCh and H1 headings and one around H2/3 headings; between two
 * SingleTxt paragraphs their own 6 pt after is enough. A heading that follows a heading does not get the
 * spacers before it a second time.
 *
 * <p>A heading keeps with the next paragraph (its style says so), and so do the spacers after it, which
 * A/80/590's do not: without that a page could end on a heading and its spacers, or on "Annotations" and the
 * first item's heading, with their text on the next page. So a chain of headings stays with its first
 * paragraph of text.
 *
 * <p>A paragraph is begun with {@link #paragraph} (or {@link #beginHeading}), its runs are written through the
 * {@link ContentWriter} it returns, and it is ended with {@link ContentWriter#endParagraph} (or
 * {@link #endHeading}).
 */
final class BodyFlow {
    /** One spacer's line: an exact 6 pt. */
    private static final int SPACER_LINE = 120;

    private final ContentWriter out;
    private boolean atStart = true;
    private boolean afterHeading;
    /** The last paragraph keeps with the next one, so the spacers before a heading after it must too. */
    private boolean afterKeptLine;
    private boolean empty = true;

    BodyFlow(ContentWriter out) {
        this.out = out;
    }

    ContentWriter paragraph(ParagraphFormat format) {
        atStart = false;
        afterHeading = false;
        afterKeptLine = false;
        empty = false;
        out.paragraph(format);
        return out;
    }

    /**
     * A line in a style that keeps it with the next paragraph but is no heading with spacers of its own (the
     * agenda item's title under the masthead): the spacers before a heading that follows it keep with next too.
     */
    ContentWriter keptLine(ParagraphFormat format) {
        paragraph(format);
        afterKeptLine = true;
        return out;
    }

    /** A table indented {@code indent}, with a right cell margin and these column widths. */
    FixedTable table(int indent, int cellMarginRight, int... columns) {
        atStart = false;
        afterHeading = false;
        afterKeptLine = false;
        empty = false;
        return FixedTable.indented(out, indent, cellMarginRight, columns);
    }

    void spacers(int count) {
        spacers(count, false);
    }

    private void spacers(int count, boolean keepWithNext) {
        for (int i = 0; i < count; i++) {
            ParagraphFormat spacer = ParagraphFormat.styled(UnStyles.SINGLE_TXT);
            if (keepWithNext) {
                spacer.keepWithNext();
            }
            out.emptyParagraph(spacer.spaceAfter(0).exactLine(SPACER_LINE).markSize(5));
            empty = false;
        }
        atStart = false;
    }

    /**
     * A heading in {@code styleId} with the number at its tab (an empty number leaves the text at the same
     * place), surrounded by {@code spacersAround} spacers.
     */
    void numberedHeading(String styleId, int spacersAround, String number, String text) {
        beginHeading(headingLayout(styleId), spacersAround);
        out.tab();
        if (!number.isEmpty()) {
            out.text(number);
        }
        out.tab();
        out.text(text);
        endHeading(spacersAround);
    }

    /** Begins a heading paragraph, after the spacers it needs; its runs follow, then {@link #endHeading}. */
    ContentWriter beginHeading(ParagraphFormat format, int spacersBefore) {
        if (!atStart && !afterHeading) {
            spacers(spacersBefore, afterKeptLine);
        }
        return paragraph(format);
    }

    /** Ends the heading paragraph and writes the spacers after it, which keep with the next paragraph. */
    void endHeading(int spacersAfter) {
        out.endParagraph();
        spacers(spacersAfter, true);
        afterHeading = true;
    }

    /** Nothing has been written yet: Word needs at least one paragraph in a body. */
    boolean isEmpty() {
        return empty;
    }

    /**
     * The layout of a numbered heading in A/80/590 (docs/un-format.md §3.3, confirmed): the number ends at a right
     * tab at 1022, the text starts at 1267 and wraps back to 1267 ({@code ind left=1267 hanging=1267}), the right
     * indent is 1260. The runs are {@code <tab/>number<tab/>text}. Like the real files, this is set on the
     * paragraph, not in the heading styles, so that the styles keep DGACM's values.
     */
    static ParagraphFormat headingLayout(String styleId) {
        ParagraphFormat format = ParagraphFormat.styled(styleId);
        if (UnStyles.H4.equals(styleId) || UnStyles.H56.equals(styleId)) {
            // H4 and H5/6 carry a right tab at 360 for headings at the margin; here the number goes to 1022
            format.tab("clear", 360);
        }
        return format.tab("right", UnStyles.NUMBER_TAB).leftTabs(UnStyles.BODY_TABS)
                .indent(PageGeometry.BODY_INDENT, 1260, PageGeometry.BODY_INDENT);
    }
}
