package org.agendum.docx;

import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Transitional (issue 16): the XMLBeans export's fields, until the streaming export replaces it. Before:
 * Word fields written as A/80/590 writes them: begin, instruction, separate, result, end, each a run with the
 * same formatting. The result is the value a reader that does not update fields shows; page numbers have none,
 * since the page count is only known once a word processor lays the document out.
 */
final class XwpfFields {
    static final String PAGE = " PAGE  \\* Arabic  \\* MERGEFORMAT ";
    static final String NUMPAGES = " NUMPAGES  \\* Arabic  \\* MERGEFORMAT ";

    private XwpfFields() {
    }

    /** {@code DOCVARIABLE "name"}: the template's way to repeat the symbol and job number in headers and footers. */
    static String docVariable(String name) {
        return " DOCVARIABLE \"" + name + "\" \\* MERGEFORMAT ";
    }

    static void field(XWPFParagraph paragraph, String instruction, String result, Consumer<XWPFRun> format) {
        fieldChar(paragraph, STFldCharType.BEGIN, format);
        XWPFRun code = paragraph.createRun();
        format.accept(code);
        var text = code.getCTR().addNewInstrText();
        text.setStringValue(instruction);
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        if (result != null) {
            fieldChar(paragraph, STFldCharType.SEPARATE, format);
            XWPFRun shown = paragraph.createRun();
            format.accept(shown);
            shown.setText(DocxText.clean(result));
        }
        fieldChar(paragraph, STFldCharType.END, format);
    }

    private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type, Consumer<XWPFRun> format) {
        XWPFRun run = paragraph.createRun();
        format.accept(run);
        run.getCTR().addNewFldChar().setFldCharType(type);
    }
}
