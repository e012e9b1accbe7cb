package org.agendum.docx;

import org.agendum.model.DutyStation;
import org.agendum.model.Paper;

/**
 * Paper and margins of one duty station, in twips (docs/un-format.md §1 and §11).
 *
 * <ul>
 *   <li>New York: US Letter, top 1440, left and right 1200, header 432, footer 504 — confirmed (A/80/590).
 *       A/80/590 gives page 1 a bottom margin of 1728 in a section of its own and 1152 after it; the export
 *       keeps one section and 1152 throughout, because LibreOffice turns a continuous section break with other
 *       margins into a page break. The first-page footer (job line and barcode, about 530 twips) still fits
 *       inside 1152 − 504.</li>
 *   <li>Geneva: A4, top 1417, bottom, left and right 1134, header 850, footer 567 — confirmed (UNOG "_G"
 *       template, FCCC/PA/CMA/2021/10/Add.3).</li>
 *   <li>Vienna: A4 with New York's text width of 9840 twips, so left and right (11906 − 9840) / 2 = 1033, and
 *       New York's top, bottom, header and footer — inferred (§11: no UNOV Word file was available).</li>
 * </ul>
 */
record PageGeometry(int width, int height, Integer paperCode, int top, int bottom, int left, int right,
                    int header, int footer) {

    /** The indent of SingleTxt, of tables and of heading text (docs/un-format.md §2.1, confirmed for New York). */
    static final int BODY_INDENT = 1267;

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    /** The printer paper code Word writes for A4 ({@code w:code="9"}, as in the Geneva file). */
    private static final int A4_CODE = 9;

    static PageGeometry of(DutyStation station) {
        // the paper is the station's (DutyStation.paper, which the programme's spreadsheet prints on too)
        return switch (station) {
            case NEW_YORK -> of(station.paper(), 1440, 1152, 1200, 1200, 432, 504);
            case GENEVA -> of(station.paper(), 1417, 1134, 1134, 1134, 850, 567);
            case VIENNA -> of(station.paper(), 1440, 1152, 1033, 1033, 432, 504);
        };
    }

    private static PageGeometry of(Paper paper, int top, int bottom, int left, int right, int header, int footer) {
        return switch (paper) {
            case A4 -> new PageGeometry(A4_WIDTH, A4_HEIGHT, A4_CODE, top, bottom, left, right, header, footer);
            case US_LETTER -> new PageGeometry(12240, 15840, null, top, bottom, left, right, header, footer);
        };
    }

    /** The width between the margins: 9840 in New York and Vienna, 9638 in Geneva. */
    int textWidth() {
        return width - left - right;
    }

    /** The measure of SingleTxt and of tables: the text width less the body indent on both sides. */
    int bodyMeasure() {
        return textWidth() - 2 * BODY_INDENT;
    }

    /** The section's paper ({@code w:pgSz}) and margins ({@code w:pgMar}). */
    void write(XmlWriter xml) {
        xml.start("w:pgSz").attribute("w:w", width).attribute("w:h", height);
        if (paperCode != null) {
            xml.attribute("w:code", paperCode);
        }
        xml.end();
        xml.start("w:pgMar").attribute("w:top", top).attribute("w:bottom", bottom).attribute("w:left", left)
                .attribute("w:right", right).attribute("w:header", header).attribute("w:footer", footer)
                .attribute("w:gutter", 0).end();
    }
}
