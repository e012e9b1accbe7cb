package org.agendum.trackedchanges;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The parts of a Word package as DOM trees: read, walked and written back. Comparing two exports is not the
 * export's hot path (decision 0004 keeps DOM out of the writer), so the JDK's DOM is the plain tool here.
 */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

    private WordXml() {
    }

    /** Parses a part; a document type declaration is refused, as no Word part has one. */
    static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("a part of the Word document is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static byte[] write(Document document) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            document.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("a DOM tree built here could not be written", e);
        }
    }

    /** Whether {@code node} is the WordprocessingML element {@code name} (its local name). */
    static boolean is(Node node, String name) {
        return node instanceof Element && W.equals(node.getNamespaceURI()) && name.equals(node.getLocalName());
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(child -> is(child, name)).toList();
    }

    static Element child(Element parent, String name) {
        return children(parent, name).stream().findFirst().orElse(null);
    }

    /** Every WordprocessingML element {@code name} under {@code root}, in document order (a copy: safe to change). */
    static List<Element> descendants(Element root, String name) {
        List<Element> found = new ArrayList<>();
        var list = root.getElementsByTagNameNS(W, name);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    static Element element(Document document, String name) {
        return document.createElementNS(W, "w:" + name);
    }

    static String attribute(Element element, String name) {
        return element.getAttributeNS(W, name);
    }

    static void setAttribute(Element element, String name, String value) {
        element.setAttributeNS(W, "w:" + name, value);
    }

    /** Renames an element in place (w:t to w:delText and back), keeping its attributes and children. */
    static Element rename(Element element, String name) {
        return (Element) element.getOwnerDocument().renameNode(element, W, "w:" + name);
    }

    /** Puts {@code wrapper} where {@code node} is and {@code node} inside it. */
    static void wrap(Node node, Element wrapper) {
        node.getParentNode().replaceChild(wrapper, node);
        wrapper.appendChild(node);
    }
}
