package org.agendum.docx;

import java.util.Arrays;

/**
 * A borderless table of fixed column widths, as every UN table is (masthead, running headers and footers, the
 * annex), written row by row: {@code tblLayout fixed}, a {@code tblGrid} (without it readers size columns
 * themselves), explicit widths on every cell, rules drawn per cell where wanted. Each cell must hold at least one
 * paragraph, which its writer adds.
 */
final class FixedTable {
    /** Border sizes in eighths of a point, as A/80/590 uses them. */
    static final int QUARTER_POINT = 2;
    static final int HALF_POINT = 4;
    static final int POINT_AND_HALF = 12;

    /** A row's properties: repeated as a header at the top of each page, an exact height (0: none), unsplittable. */
    record Row(boolean header, int exactHeight, boolean cantSplit) {
        static final Row PLAIN = new Row(false, 0, false);
        static final Row UNSPLIT = new Row(false, 0, true);

        static Row exactly(int twips) {
            return new Row(false, twips, false);
        }
    }

    /** A cell's rules above and below (in eighths of a point, 0 for none), and whether its text sits at the bottom. */
    record Cell(int topRule, int bottomRule, boolean bottomAligned) {
        static final Cell PLAIN = new Cell(0, 0, false);
    }

    private final int[] columns;
    private final int indent;
    private final int cellMarginLeft;
    private final int cellMarginRight;
    private final ContentWriter out;
    private final XmlWriter xml;

    private FixedTable(ContentWriter out, int[] columns, int indent, int cellMarginLeft, int cellMarginRight) {
        this.out = out;
        this.xml = out.xml();
        this.columns = columns.clone();
        this.indent = indent;
        this.cellMarginLeft = cellMarginLeft;
        this.cellMarginRight = cellMarginRight;
        start();
    }

    /** A table whose cells have no side margins (the masthead, headers and footers of A/80/590). */
    static FixedTable of(ContentWriter out, int... columns) {
        return new FixedTable(out, columns, 0, 0, 0);
    }

    static FixedTable indented(ContentWriter out, int indent, int cellMarginRight, int... columns) {
        return new FixedTable(out, columns, indent, 0, cellMarginRight);
    }

    private void start() {
        xml.start("w:tbl").start("w:tblPr");
        if (out.rightToLeft()) {
            // the first column on the right, the indent from the right margin: the table mirrors with its text
            xml.empty("w:bidiVisual");
        }
        width("w:tblW", Arrays.stream(columns).sum());
        if (indent != 0) {
            width("w:tblInd", indent);
        }
        xml.start("w:tblBorders");
        for (String side : new String[] {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
            border(side, "none", 0);
        }
        xml.end();
        xml.empty("w:tblLayout", "w:type", "fixed");
        xml.start("w:tblCellMar");
        width("w:left", cellMarginLeft);
        width("w:right", cellMarginRight);
        xml.end().end();
        xml.start("w:tblGrid");
        for (int column : columns) {
            xml.empty("w:gridCol", "w:w", column);
        }
        xml.end();
    }

    /** The writer the cells' paragraphs go through. */
    ContentWriter content() {
        return out;
    }

    void row(Row row) {
        xml.start("w:tr");
        if (row.header || row.exactHeight > 0 || row.cantSplit) {
            xml.start("w:trPr");
            if (row.header) {
                xml.empty("w:tblHeader");
            }
            if (row.exactHeight > 0) {
                xml.start("w:trHeight").attribute("w:val", row.exactHeight).attribute("w:hRule", "exact").end();
            }
            if (row.cantSplit) {
                xml.empty("w:cantSplit");
            }
            xml.end();
        }
    }

    void endRow() {
        xml.end();
    }

    /**
     * A cell spanning {@code span} grid columns from {@code firstColumn}; its paragraphs follow, then
     * {@link #endCell}.
     */
    void cell(int firstColumn, int span, Cell cell) {
        xml.start("w:tc").start("w:tcPr");
        width("w:tcW", Arrays.stream(columns, firstColumn, firstColumn + span).sum());
        if (span > 1) {
            xml.empty("w:gridSpan", "w:val", span);
        }
        if (cell.topRule > 0 || cell.bottomRule > 0) {
            xml.start("w:tcBorders");
            if (cell.topRule > 0) {
                border("w:top", "single", cell.topRule);
            }
            if (cell.bottomRule > 0) {
                border("w:bottom", "single", cell.bottomRule);
            }
            xml.end();
        }
        if (cell.bottomAligned) {
            xml.empty("w:vAlign", "w:val", "bottom");
        }
        xml.end();
    }

    void endCell() {
        xml.end();
    }

    /** A cell holding one paragraph in {@code format} with {@code text} (none when empty). */
    void textCell(int column, Cell cell, ParagraphFormat format, String text) {
        cell(column, 1, cell);
        out.paragraph(format);
        if (!text.isEmpty()) {
            out.text(text);
        }
        out.endParagraph();
        endCell();
    }

    void end() {
        xml.end();
    }

    private void width(String element, int twips) {
        xml.start(element).attribute("w:w", twips).attribute("w:type", "dxa").end();
    }

    private void border(String side, String kind, int eighths) {
        xml.start(side).attribute("w:val", kind).attribute("w:sz", eighths).attribute("w:space", 0)
                .attribute("w:color", "auto").end();
    }
}
