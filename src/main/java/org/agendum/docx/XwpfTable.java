package org.agendum.docx;

import static org.agendum.docx.Twips.big;

import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/** Transitional (issue 16): the XMLBeans export's table, until the streaming export replaces it. Before:
 * A borderless table of fixed column widths, as every UN table is (masthead, running headers and footers,
 * the annex): a {@code tblGrid} (POI's createTable writes none, and without it readers size columns
 * themselves), {@code tblLayout fixed}, explicit widths on every cell, rules drawn per cell where wanted.
 */
final class XwpfTable {
    /** Border sizes in eighths of a point, as A/80/590 uses them. */
    static final int QUARTER_POINT = 2;
    static final int HALF_POINT = 4;
    static final int POINT_AND_HALF = 12;

    enum Side { TOP, BOTTOM }

    private final XWPFTable table;
    private final int[] columns;

    private XwpfTable(XWPFTable table, int[] columns, int indent, int cellMarginLeft, int cellMarginRight) {
        this.table = table;
        this.columns = columns.clone();
        // POI starts a table with one row, one cell and single borders all round: start from nothing
        while (table.getNumberOfRows() > 0) {
            table.removeRow(0);
        }
        CTTblPr tblPr = CTTblPr.Factory.newInstance();
        width(tblPr.addNewTblW(), Arrays.stream(columns).sum());
        if (indent != 0) {
            width(tblPr.addNewTblInd(), indent);
        }
        CTTblBorders borders = tblPr.addNewTblBorders();
        none(borders.addNewTop());
        none(borders.addNewLeft());
        none(borders.addNewBottom());
        none(borders.addNewRight());
        none(borders.addNewInsideH());
        none(borders.addNewInsideV());
        tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar margins = tblPr.addNewTblCellMar();
        width(margins.addNewLeft(), cellMarginLeft);
        width(margins.addNewRight(), cellMarginRight);
        table.getCTTbl().setTblPr(tblPr);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int column : columns) {
            grid.addNewGridCol().setW(big(column));
        }
    }

    /** A table whose cells have no side margins (the masthead, headers and footers of A/80/590). */
    static XwpfTable of(XWPFTable table, int... columns) {
        return new XwpfTable(table, columns, 0, 0, 0);
    }

    static XwpfTable indented(XWPFTable table, int indent, int cellMarginRight, int... columns) {
        return new XwpfTable(table, columns, indent, 0, cellMarginRight);
    }

    XWPFTable table() {
        return table;
    }

    XWPFTableRow row() {
        return table.insertNewTableRow(table.getNumberOfRows());
    }

    static void exactHeight(XWPFTableRow row, int twips) {
        var height = trPr(row).addNewTrHeight();
        height.setVal(big(twips));
        height.setHRule(STHeightRule.EXACT);
    }

    /** The row is repeated at the top of every page the table runs onto. */
    static void repeatAsHeader(XWPFTableRow row) {
        trPr(row).addNewTblHeader();
    }

    static void cantSplit(XWPFTableRow row) {
        trPr(row).addNewCantSplit();
    }

    private static CTTrPr trPr(XWPFTableRow row) {
        return row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
    }

    /** A cell spanning {@code span} grid columns from {@code firstColumn}; it holds one empty paragraph. */
    XWPFTableCell cell(XWPFTableRow row, int firstColumn, int span) {
        XWPFTableCell cell = row.createCell();
        CTTcPr tcPr = tcPr(cell);
        width(tcPr.addNewTcW(), Arrays.stream(columns, firstColumn, firstColumn + span).sum());
        if (span > 1) {
            tcPr.addNewGridSpan().setVal(big(span));
        }
        return cell;
    }

    static void rule(XWPFTableCell cell, Side side, int eighthsOfAPoint) {
        CTTcPr tcPr = tcPr(cell);
        CTTcBorders borders = tcPr.isSetTcBorders() ? tcPr.getTcBorders() : tcPr.addNewTcBorders();
        CTBorder border = side == Side.TOP ? borders.addNewTop() : borders.addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(big(eighthsOfAPoint));
        border.setSpace(big(0));
        border.setColor("auto");
    }

    static void alignBottom(XWPFTableCell cell) {
        tcPr(cell).addNewVAlign().setVal(STVerticalJc.BOTTOM);
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void width(CTTblWidth width, int twips) {
        width.setW(big(twips));
        width.setType(STTblWidth.DXA);
    }

    private static void none(CTBorder border) {
        border.setVal(STBorder.NONE);
        border.setSz(big(0));
        border.setSpace(big(0));
        border.setColor("auto");
    }
}
