package org.agendum.docx;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The headers of pages 2 onward (docs/un-format.md §5.1, confirmed in A/80/590): a two-cell table the width of
 * the text, 0.6 in high, with a ¼-pt rule under it; the symbol, bold 8.5 pt, sits at the bottom of the left
 * cell on even pages and of the right cell, right-aligned, on odd pages. The symbol is a
 * {@code DOCVARIABLE "sss1"} field, as in the template, whose stored result is the symbol itself.
 * Vienna's positions are inferred to be New York's (§5.2).
 */
final class RunningHeaders {
    private static final int ROW_HEIGHT = 864;

    private RunningHeaders() {
    }

    static void write(XWPFDocument document, String symbol, PageGeometry page) {
        header(document.createHeader(HeaderFooterType.EVEN), symbol, page, false);
        header(document.createHeader(HeaderFooterType.DEFAULT), symbol, page, true);
    }

    private static void header(XWPFHeader header, String symbol, PageGeometry page, boolean oddPage) {
        int half = page.textWidth() / 2;
        FixedTable table = FixedTable.of(header.createTable(1, 1), half, page.textWidth() - half);
        XWPFTableRow row = table.row();
        FixedTable.exactHeight(row, ROW_HEIGHT);
        XWPFTableCell left = table.cell(row, 0, 1);
        XWPFTableCell right = table.cell(row, 1, 1);
        for (XWPFTableCell cell : new XWPFTableCell[] {left, right}) {
            FixedTable.alignBottom(cell);
            FixedTable.rule(cell, FixedTable.Side.BOTTOM, FixedTable.QUARTER_POINT);
            Paragraphs.styled(cell.getParagraphs().get(0), UnStyles.HEADER);
        }
        XWPFParagraph text = (oddPage ? right : left).getParagraphs().get(0);
        Paragraphs.spaceAfter(text, 80);
        if (oddPage) {
            Paragraphs.alignRight(text);
        }
        String cleaned = DocxText.clean(symbol).strip();
        if (!cleaned.isEmpty()) {
            Fields.field(text, Fields.docVariable(DocumentProperties.SYMBOL_VARIABLE), cleaned, run -> run.setBold(true));
        }
        Paragraphs.styled(header.createParagraph(), UnStyles.HEADER);
    }
}
