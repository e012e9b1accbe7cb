package org.agendum.docx;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;

/**
 * A new Word document that writes its main part (word/document.xml, nearly all of a long agenda) in one pass.
 *
 * <p>POI saves every part with XMLBeans' "aggressive namespaces", which walks the whole part once more before
 * writing it, only to find the namespaces to declare at the top: a fifth of a General Assembly agenda's export.
 * The main part uses two namespaces, so they are declared on its root here and the part is written without that
 * walk; the XML is the same, byte for byte ({@code UnDocumentTest}).
 */
final class UnDocument extends XWPFDocument {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    UnDocument() {
        declare(getDocument());
    }

    private static void declare(CTDocument1 document) {
        try (XmlCursor cursor = document.newCursor()) {
            cursor.toNextToken(); // inside the element, where its attributes go
            cursor.insertNamespace("w", W);
            cursor.insertNamespace("r", R);
        }
    }

    @Override
    protected void commit() throws IOException {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveAggressiveNamespaces(false);
        options.setSaveSyntheticDocumentElement(new QName(W, "document"));
        try (OutputStream out = getPackagePart().getOutputStream()) {
            getDocument().save(out, options);
        }
    }
}
