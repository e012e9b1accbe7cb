package org.agendum.docx;

import java.util.function.Predicate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
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
