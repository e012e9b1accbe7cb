package org.agendum.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Compares two Word packages as a reader would see them, not byte for byte: the same part names with the same
 * content types, equivalent relationships (the same targets of the same types, whatever their ids), and each XML
 * part XML-equivalent: the same elements with the same attributes and text, in order. Attribute order, namespace
 * prefixes and declarations, and whitespace between elements do not count; a relationship id in an attribute
 * ({@code r:id}, {@code r:embed}) counts by the relationship it names; the creation and modification times of the
 * core properties count only as present. Other parts (pictures) compare byte for byte.
 *
 * <p>Each difference names the part and, in an XML part, the path to the first element that differs
 * ("word/document.xml: /w:document[1]/w:body[1]/w:p[12]/w:r[2]/w:t[1]: text ..."); one difference per part.
 */
final class PackageComparison {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** The namespace of attributes that hold a relationship id. */
    private static final String RELATIONSHIP_ID_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";

    private final Map<String, byte[]> expected;
    private final Map<String, byte[]> actual;
    private final List<String> differences = new ArrayList<>();

    private PackageComparison(byte[] expected, byte[] actual) {
        this.expected = entries(expected);
        this.actual = entries(actual);
    }

    /** The differences between two .docx files, at most one per part; empty when they are the same document. */
    static List<String> differences(byte[] expected, byte[] actual) {
        PackageComparison comparison = new PackageComparison(expected, actual);
        comparison.compare();
        return comparison.differences;
    }

    private void compare() {
        Map<String, String> expectedTypes = contentTypes(expected);
        Map<String, String> actualTypes = contentTypes(actual);
        for (String name : new TreeSet<>(expectedTypes.keySet())) {
            if (!actualTypes.containsKey(name)) {
                differences.add(name + ": missing");
            }
        }
        for (String name : new TreeSet<>(actualTypes.keySet())) {
            String type = actualTypes.get(name);
            if (!expectedTypes.containsKey(name)) {
                differences.add(name + ": not expected (" + type + ")");
            } else if (!Objects.equals(expectedTypes.get(name), type)) {
                differences.add(name + ": content type " + type + ", expected " + expectedTypes.get(name));
            } else if (name.endsWith(".rels")) {
                compareRelationships(name);
            } else if (isXml(type)) {
                compareXml(name);
            } else if (!Arrays.equals(expected.get(name), actual.get(name))) {
                differences.add(name + ": different bytes (" + actual.get(name).length + ", expected "
                        + expected.get(name).length + ")");
            }
        }
    }

    private static boolean isXml(String contentType) {
        return contentType.endsWith("/xml") || contentType.endsWith("+xml");
    }

    // ---- the package

    private static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entries.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new IllegalArgumentException("two entries named " + entry.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!entries.containsKey(CONTENT_TYPES)) {
            throw new IllegalArgumentException("not a package: no " + CONTENT_TYPES);
        }
        return entries;
    }

    /** Every part's name (without the leading slash) and its content type, by override or by extension. */
    private static Map<String, String> contentTypes(Map<String, byte[]> entries) {
        Element types = parse(entries.get(CONTENT_TYPES)).getDocumentElement();
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        for (Node n = types.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && CONTENT_TYPES_NS.equals(e.getNamespaceURI())) {
                if ("Default".equals(e.getLocalName())) {
                    defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
                } else if ("Override".equals(e.getLocalName())) {
                    overrides.put(e.getAttribute("PartName").substring(1), e.getAttribute("ContentType"));
                }
            }
        }
        Map<String, String> parts = new TreeMap<>();
        for (String name : entries.keySet()) {
            if (name.equals(CONTENT_TYPES) || name.endsWith("/")) {
                continue;
            }
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            String type = overrides.getOrDefault(name, defaults.get(extension));
            parts.put(name, type == null ? "(no content type)" : type);
        }
        return parts;
    }

    // ---- relationships

    /** One relationship, as a reader follows it. */
    record Relationship(String type, String target, String mode) {
        @Override
        public String toString() {
            String kind = type.substring(type.lastIndexOf('/') + 1);
            return kind + " → " + target + (mode.isEmpty() ? "" : " (" + mode + ")");
        }
    }

    /** The relationships of a .rels part, by id. */
    private static Map<String, Relationship> relationships(byte[] rels) {
        Map<String, Relationship> byId = new LinkedHashMap<>();
        Element root = parse(rels).getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && RELATIONSHIPS_NS.equals(e.getNamespaceURI())) {
                String mode = e.getAttribute("TargetMode");
                byId.put(e.getAttribute("Id"), new Relationship(e.getAttribute("Type"), e.getAttribute("Target"),
                        "Internal".equals(mode) ? "" : mode));
            }
        }
        return byId;
    }

    /** The relationships of {@code part} ("word/document.xml" → "word/_rels/document.xml.rels"), by id. */
    private static Map<String, Relationship> relationshipsOf(Map<String, byte[]> entries, String part) {
        int slash = part.lastIndexOf('/');
        String rels = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
        return entries.containsKey(rels) ? relationships(entries.get(rels)) : Map.of();
    }

    private void compareRelationships(String name) {
        List<Relationship> wanted = new ArrayList<>(relationships(expected.get(name)).values());
        List<Relationship> got = new ArrayList<>(relationships(actual.get(name)).values());
        List<Relationship> extra = new ArrayList<>();
        for (Relationship relationship : got) {
            if (!wanted.remove(relationship)) {
                extra.add(relationship);
            }
        }
        if (!wanted.isEmpty() || !extra.isEmpty()) {
            differences.add(name + ": relationships missing " + wanted + ", not expected " + extra);
        }
    }

    // ---- XML parts

    private void compareXml(String name) {
        Element wanted = parse(expected.get(name)).getDocumentElement();
        Element got = parse(actual.get(name)).getDocumentElement();
        new XmlParts(name, relationshipsOf(expected, name), relationshipsOf(actual, name))
                .compare(wanted, got, "/" + step(wanted, 1))
                .ifPresent(differences::add);
    }

    /** Compares two XML trees of one part, depth first, stopping at the first difference. */
    private record XmlParts(String part, Map<String, Relationship> expectedRelationships,
                            Map<String, Relationship> actualRelationships) {

        java.util.Optional<String> compare(Element wanted, Element got, String path) {
            if (!Objects.equals(wanted.getNamespaceURI(), got.getNamespaceURI())
                    || !Objects.equals(wanted.getLocalName(), got.getLocalName())) {
                return difference(path, "element " + name(got) + ", expected " + name(wanted));
            }
            Map<String, String> wantedAttributes = attributes(wanted, expectedRelationships);
            Map<String, String> gotAttributes = attributes(got, actualRelationships);
            if (!wantedAttributes.equals(gotAttributes)) {
                return difference(path, "attributes " + gotAttributes + ", expected " + wantedAttributes);
            }
            List<Node> wantedChildren = children(wanted);
            List<Node> gotChildren = children(got);
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < Math.max(wantedChildren.size(), gotChildren.size()); i++) {
                Node w = i < wantedChildren.size() ? wantedChildren.get(i) : null;
                Node g = i < gotChildren.size() ? gotChildren.get(i) : null;
                if (w == null) {
                    return difference(path, "more content than expected: " + describe(g));
                }
                if (g == null) {
                    return difference(path, "missing " + describe(w));
                }
                if (w instanceof Element we && g instanceof Element ge) {
                    int index = seen.merge(we.getNamespaceURI() + " " + we.getLocalName(), 1, Integer::sum);
                    var inner = compare(we, ge, path + "/" + step(we, index));
                    if (inner.isPresent()) {
                        return inner;
                    }
                } else if (w instanceof Element || g instanceof Element) {
                    return difference(path, describe(g) + ", expected " + describe(w));
                } else if (!w.getNodeValue().equals(g.getNodeValue())) {
                    return difference(path, "text \"" + g.getNodeValue() + "\", expected \"" + w.getNodeValue() + "\"");
                }
            }
            return java.util.Optional.empty();
        }

        private java.util.Optional<String> difference(String path, String what) {
            return java.util.Optional.of(part + ": " + path + ": " + what);
        }

        /**
         * The attributes as {namespace}name → value, without namespace declarations; a relationship id as the
         * relationship it names; the core properties' times only as present.
         */
        private Map<String, String> attributes(Element element, Map<String, Relationship> relationships) {
            Map<String, String> out = new TreeMap<>();
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (XMLNS.equals(attribute.getNamespaceURI())) {
                    continue;
                }
                String key = attribute.getNamespaceURI() == null ? attribute.getLocalName()
                        : "{" + attribute.getNamespaceURI() + "}" + attribute.getLocalName();
                String value = attribute.getValue();
                if (RELATIONSHIP_ID_NS.equals(attribute.getNamespaceURI())) {
                    Relationship target = relationships.get(value);
                    value = target == null ? "(no relationship " + value + ")" : target.toString();
                }
                out.put(key, value);
            }
            return out;
        }

        /** Elements and text in order; whitespace between elements left out; adjacent text joined. */
        private List<Node> children(Element element) {
            List<Node> out = new ArrayList<>();
            boolean hasElements = false;
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                hasElements |= n instanceof Element;
            }
            boolean times = DCTERMS.equals(element.getNamespaceURI())
                    && ("created".equals(element.getLocalName()) || "modified".equals(element.getLocalName()));
            StringBuilder text = new StringBuilder();
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text.append(n.getNodeValue());
                } else if (n instanceof Element) {
                    flushText(out, text, hasElements, element);
                    out.add(n);
                }
            }
            if (!times) {
                flushText(out, text, hasElements, element);
            }
            return out;
        }

        private static void flushText(List<Node> out, StringBuilder text, boolean hasElements, Element owner) {
            if (text.length() > 0 && !(hasElements && text.toString().isBlank())) {
                out.add(owner.getOwnerDocument().createTextNode(text.toString()));
            }
            text.setLength(0);
        }

        private static String describe(Node node) {
            return node instanceof Element e ? "element " + name(e) : "text \"" + node.getNodeValue() + "\"";
        }
    }

    private static String name(Element element) {
        return element.getNodeName() + " {" + element.getNamespaceURI() + "}";
    }

    /** "w:p[12]": the element's name as the expected part writes it, and its place among its like siblings. */
    private static String step(Element element, int index) {
        return element.getNodeName() + "[" + index + "]";
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
