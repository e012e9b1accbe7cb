package org.agendum.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

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
 */
final class BodyFlow {
    /** One spacer: {@code SingleTxt}, no space after, an exact 6-pt line, a 5-pt paragraph mark. */
    private static final int SPACER_LINE = 120;

    private final XWPFDocument document;
    private boolean atStart = true;
    private boolean afterHeading;
    /** The last paragraph keeps with the next one, so the spacers before a heading after it must too. */
    private boolean afterKeptLine;

    BodyFlow(XWPFDocument document) {
        this.document = document;
    }

    XWPFParagraph paragraph(String styleId) {
        atStart = false;
        afterHeading = false;
        afterKeptLine = false;
        return Paragraphs.styled(document.createParagraph(), styleId);
    }

    /**
     * A line in a style that keeps it with the next paragraph but is no heading with spacers of its own (the
     * agenda item's title under the masthead): the spacers before a heading that follows it keep with next too.
     */
    XWPFParagraph keptLine(String styleId) {
        XWPFParagraph line = paragraph(styleId);
        afterKeptLine = true;
        return line;
    }

    XWPFTable table() {
        atStart = false;
        afterHeading = false;
        afterKeptLine = false;
        return document.createTable();
    }

    void spacers(int count) {
        spacers(count, false);
    }

    private void spacers(int count, boolean keepWithNext) {
        for (int i = 0; i < count; i++) {
            XWPFParagraph spacer = Paragraphs.styled(document.createParagraph(), UnStyles.SINGLE_TXT);
            if (keepWithNext) {
                Paragraphs.keepWithNext(spacer);
            }
            Paragraphs.spaceAfter(spacer, 0);
            Paragraphs.exactLine(spacer, SPACER_LINE);
            Paragraphs.markSize(spacer, 5);
        }
        atStart = false;
    }

    /**
     * A heading in {@code styleId} with the number at its tab (an empty number leaves the text at the same
     * place), surrounded by {@code spacersAround} spacers.
     */
    XWPFParagraph numberedHeading(String styleId, int spacersAround, String number, String text) {
        XWPFParagraph heading = beginHeading(styleId, spacersAround);
        Paragraphs.headingLayout(heading);
        Paragraphs.tab(heading);
        if (!number.isEmpty()) {
            Paragraphs.text(heading, number);
        }
        Paragraphs.tab(heading);
        Paragraphs.text(heading, text);
        endHeading(spacersAround);
        return heading;
    }

    /** For headings whose runs the caller writes; call {@link #endHeading} after them. */
    XWPFParagraph beginHeading(String styleId, int spacersBefore) {
        if (!atStart && !afterHeading) {
            spacers(spacersBefore, afterKeptLine);
        }
        return paragraph(styleId);
    }

    void endHeading(int spacersAfter) {
        spacers(spacersAfter, true);
        afterHeading = true;
    }
}
