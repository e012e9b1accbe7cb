package org.agendum.importing.word;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading WordprocessingML elements from a DOM: children and attributes by local name in Word's namespace, in its
 * transitional and its strict spelling, and Word's on/off and number values.
 */
final class Ooxml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private Ooxml() {
    }

    static boolean isWord(Node node) {
        return node instanceof Element && (W.equals(node.getNamespaceURI()) || W_STRICT.equals(node.getNamespaceURI()));
    }

    static boolean is(Node node, String localName) {
        return isWord(node) && localName.equals(node.getLocalName());
    }

    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                out.add(element);
            }
        }
        return out;
    }

    static List<Element> children(Node parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (is(child, localName)) {
                out.add((Element) child);
            }
        }
        return out;
    }

    /** The first child of that name in Word's namespace, or null. */
    static Element child(Node parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (is(child, localName)) {
                return (Element) child;
            }
        }
        return null;
    }

    /** {@code parent/a/b/…}, or null when a step is missing. */
    static Element path(Node parent, String... localNames) {
        Node at = parent;
        for (String name : localNames) {
            at = child(at, name);
            if (at == null) {
                return null;
            }
        }
        return (Element) at;
    }

    /** A Word attribute (w:val, w:id …), or null when it is absent. */
    static String attribute(Element element, String localName) {
        if (element == null) {
            return null;
        }
        for (String namespace : new String[] {W, W_STRICT}) {
            if (element.hasAttributeNS(namespace, localName)) {
                return element.getAttributeNS(namespace, localName);
            }
        }
        return element.hasAttribute(localName) ? element.getAttribute(localName) : null;
    }

    static String val(Element element) {
        return attribute(element, "val");
    }

    /** A relationship attribute (r:id, r:embed), or null. */
    static String relationshipId(Element element, String localName) {
        for (String namespace : new String[] {R, R_STRICT}) {
            if (element.hasAttributeNS(namespace, localName)) {
                return element.getAttributeNS(namespace, localName);
            }
        }
        return null;
    }

    /** Word's on/off property: present without a value, or with true/on/1, is on; absent is null (inherited). */
    static Boolean onOff(Element property) {
        if (property == null) {
            return null;
        }
        String value = val(property);
        return value == null || isOn(value);
    }

    /** An on/off attribute's value ("1", "true", "on" are on). */
    static boolean isOn(String value) {
        return value != null && !(value.equals("0") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off")
                || value.equalsIgnoreCase("none"));
    }

    /** A whole number, or null when absent or not a number (Word writes some as "1440.0" or worse). */
    static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
