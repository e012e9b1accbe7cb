package org.agendum.docx;

/**
 * The headers of pages 2 onward (docs/un-format.md §5.1, confirmed in A/80/590): a two-cell table the width of
 * the text, 0.6 in high, with a ¼-pt rule under it; the symbol, bold 8.5 pt, sits at the bottom of the left
 * cell on even pages and of the right cell, right-aligned, on odd pages. The symbol is a
 * {@code DOCVARIABLE "sss1"} field, as in the template, whose stored result is the symbol itself.
 * Vienna's positions are inferred to be New York's (§5.2).
 */
final class RunningHeaders {
    private static final int ROW_HEIGHT = 864;
    private static final FixedTable.Cell CELL = new FixedTable.Cell(0, FixedTable.QUARTER_POINT, true);

    private RunningHeaders() {
    }

    static void write(WordPackage word, String evenPart, String oddPart, String symbol, PageGeometry page) {
        header(word, evenPart, symbol, page, false);
        header(word, oddPart, symbol, page, true);
    }

    private static void header(WordPackage word, String part, String symbol, PageGeometry page, boolean oddPage) {
        try (WordPart header = WordPart.header(word, part)) {
            ContentWriter out = header.content();
            int half = page.textWidth() / 2;
            FixedTable table = FixedTable.of(out, half, page.textWidth() - half);
            table.row(FixedTable.Row.exactly(ROW_HEIGHT));
            for (int column = 0; column < 2; column++) {
                table.cell(column, 1, CELL);
                if (column == (oddPage ? 1 : 0)) {
                    ParagraphFormat format = ParagraphFormat.styled(UnStyles.HEADER).spaceAfter(80);
                    out.paragraph(oddPage ? format.alignRight() : format);
                    String cleaned = DocxText.clean(symbol).strip();
                    if (!cleaned.isEmpty()) {
                        Fields.field(out, Fields.docVariable(DocumentProperties.SYMBOL_VARIABLE), cleaned,
                                RunFormat.NONE.withBold(true));
                    }
                    out.endParagraph();
                } else {
                    out.emptyParagraph(ParagraphFormat.styled(UnStyles.HEADER));
                }
                table.endCell();
            }
            table.endRow();
            table.end();
            out.emptyParagraph(ParagraphFormat.styled(UnStyles.HEADER));
        }
    }
}
