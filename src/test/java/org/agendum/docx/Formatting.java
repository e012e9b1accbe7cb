package org.agendum.docx;

import java.util.function.Predicate;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** How a run looks once its paragraph style (and the styles it is based on) are taken into account. */
final class Formatting {
    private Formatting() {
    }

    static boolean italic(XWPFDocument document, XWPFParagraph paragraph, XWPFRun run) {
        return run.isItalic() || styleSays(document, paragraph.getStyleID(), r -> r.sizeOfIArray() > 0
                && !"0".equals(String.valueOf(r.getIArray(0).getVal())) && !"false".equals(String.valueOf(r.getIArray(0).getVal())));
    }

    static boolean bold(XWPFDocument document, XWPFParagraph paragraph, XWPFRun run) {
        if (run.getCTR().getRPr() != null && run.getCTR().getRPr().sizeOfBArray() > 0) {
            return run.isBold();
        }
        return styleSays(document, paragraph.getStyleID(), r -> r.sizeOfBArray() > 0
                && !"0".equals(String.valueOf(r.getBArray(0).getVal())) && !"off".equals(String.valueOf(r.getBArray(0).getVal())));
    }

    /**
     * Whether the paragraph keeps with the next one: its own {@code w:keepNext} if it has one, else the first
     * style up its chain that sets it ({@code w:val="0"} or "false" turns it off, as TitleH1 does to H1's).
     */
    static boolean keepsWithNext(XWPFDocument document, XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.isSetKeepNext()) {
            return on(own.getKeepNext());
        }
        String id = paragraph.getStyleID();
        for (int depth = 0; id != null && depth < 10; depth++) {
            XWPFStyle style = document.getStyles().getStyle(id);
            if (style == null) {
                return false;
            }
            CTPPrGeneral pPr = style.getCTStyle().getPPr();
            if (pPr != null && pPr.isSetKeepNext()) {
                return on(pPr.getKeepNext());
            }
            id = style.getBasisStyleID();
        }
        return false;
    }

    private static boolean on(CTOnOff value) {
        return POIXMLUnits.parseOnOff(value);
    }

    private static boolean styleSays(XWPFDocument document, String styleId, Predicate<CTRPr> test) {
        String id = styleId;
        for (int depth = 0; id != null && depth < 10; depth++) {
            XWPFStyle style = document.getStyles().getStyle(id);
            if (style == null) {
                return false;
            }
            CTRPr rPr = style.getCTStyle().getRPr();
            if (rPr != null && test.test(rPr)) {
                return true;
            }
            id = style.getBasisStyleID();
        }
        return false;
    }
}
