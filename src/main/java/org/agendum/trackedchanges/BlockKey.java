package org.agendum.trackedchanges;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What a paragraph, a row or a table is, as a string that is equal for two exports exactly when they print the
 * same: its XML with the references that differ between packages (a footnote's id, a hyperlink's relationship id)
 * replaced by what they point to, so a footnote added above does not make every later paragraph "changed".
 */
final class BlockKey {
    private BlockKey() {
    }

    static String of(Element element, ExportedPackage from) {
        StringBuilder key = new StringBuilder();
        append(key, element, from);
        return key.toString();
    }

    /** The key of a paragraph's properties alone: paragraphs are paired for a word diff only when it is equal. */
    static String ofProperties(Element paragraph, ExportedPackage from) {
        Element properties = WordXml.child(paragraph, "pPr");
        return properties == null ? "" : of(properties, from);
    }

    private static void append(StringBuilder key, Element element, ExportedPackage from) {
        key.append('<').append(element.getLocalName());
        List<String> attributes = new ArrayList<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attribute = (Attr) map.item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                continue;
            }
            String value = attribute.getValue();
            if (WordXml.R.equals(attribute.getNamespaceURI())) {
                value = from.target(value);
            } else if (WordXml.is(element, "footnoteReference") && "id".equals(attribute.getLocalName())) {
                Element note = from.footnote(value);
                StringBuilder content = new StringBuilder("note:");
                if (note != null) {
                    appendChildren(content, note, from);
                }
                value = content.toString();
            }
            attributes.add(attribute.getLocalName() + "=" + value);
        }
        attributes.sort(null);
        attributes.forEach(attribute -> key.append(' ').append(attribute));
        key.append('>');
        appendChildren(key, element, from);
        key.append("</>");
    }

    private static void appendChildren(StringBuilder key, Element element, ExportedPackage from) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                append(key, childElement, from);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                key.append(child.getNodeValue().replace("<", "&lt;"));
            }
        }
    }
}
