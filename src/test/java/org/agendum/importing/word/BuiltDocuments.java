package org.agendum.importing.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/** Word documents built with POI in the tests, paragraph by paragraph from WordprocessingML snippets. */
final class BuiltDocuments {
    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    static final String NAMESPACES = W
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private BuiltDocuments() {
    }

    /** Appends a paragraph given as the inside of its w:p element. */
    static void paragraph(XWPFDocument document, String inside) {
        try {
            document.createParagraph().getCTP().set(CTP.Factory.parse(fragment(inside)));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void table(XWPFDocument document, String inside) {
        try {
            document.createTable().getCTTbl().set(CTTbl.Factory.parse(fragment(inside)));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** XMLBeans' form for an element's content: set() copies the fragment's children into the element. */
    private static String fragment(String inside) {
        return "<xml-fragment " + NAMESPACES + ">" + inside + "</xml-fragment>";
    }

    static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    /** A paragraph's properties: its style, and its own list and level when numId is not null. */
    static String properties(String style, String numId, Integer ilvl) {
        StringBuilder out = new StringBuilder("<w:pPr>");
        if (style != null) {
            out.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        }
        if (numId != null) {
            out.append("<w:numPr>");
            if (ilvl != null) {
                out.append("<w:ilvl w:val=\"").append(ilvl).append("\"/>");
            }
            out.append("<w:numId w:val=\"").append(numId).append("\"/></w:numPr>");
        }
        return out.append("</w:pPr>").toString();
    }

    static byte[] bytes(XWPFDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
