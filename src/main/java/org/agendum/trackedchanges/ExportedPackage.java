package org.agendum.trackedchanges;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One export read for comparison: its parts, its body, its footnotes by id and the main part's relationships by id
 * (a hyperlink's {@code r:id} names one), which is what a paragraph's references point into.
 */
final class ExportedPackage {
    static final String DOCUMENT = "word/document.xml";
    static final String DOCUMENT_RELATIONSHIPS = "word/_rels/document.xml.rels";
    static final String FOOTNOTES = "word/footnotes.xml";
    static final String CONTENT_TYPES = "[Content_Types].xml";

    final DocxParts parts;
    final Document document;
    final Document footnotesPart;
    final Document relationshipsPart;
    final Map<String, Element> footnotes = new LinkedHashMap<>();
    final Map<String, Element> relationships = new LinkedHashMap<>();

    private ExportedPackage(DocxParts parts) throws IOException {
        this.parts = parts;
        document = WordXml.parse(parts.get(DOCUMENT));
        footnotesPart = parts.has(FOOTNOTES) ? WordXml.parse(parts.get(FOOTNOTES)) : null;
        if (footnotesPart != null) {
            for (Element note : WordXml.children(footnotesPart.getDocumentElement(), "footnote")) {
                footnotes.put(WordXml.attribute(note, "id"), note);
            }
        }
        relationshipsPart = WordXml.parse(parts.get(DOCUMENT_RELATIONSHIPS));
        var list = relationshipsPart.getElementsByTagNameNS(WordXml.PACKAGE_RELATIONSHIPS, "Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            Element relationship = (Element) list.item(i);
            relationships.put(relationship.getAttribute("Id"), relationship);
        }
    }

    static ExportedPackage read(byte[] docx) throws IOException {
        return new ExportedPackage(DocxParts.read(docx));
    }

    Element body() throws IOException {
        Element body = WordXml.child(document.getDocumentElement(), "body");
        if (body == null) {
            throw new IOException("the Word document has no body");
        }
        return body;
    }

    /** The body's paragraphs and tables, without the section properties that end it. */
    List<Element> blocks() throws IOException {
        return WordXml.children(body()).stream().filter(block -> !WordXml.is(block, "sectPr")).toList();
    }

    Element footnote(String id) {
        return footnotes.get(id);
    }

    /** What a relationship points to, the same in both exports whatever its id. */
    String target(String relationshipId) {
        Element relationship = relationships.get(relationshipId);
        return relationship == null ? "?" + relationshipId
                : relationship.getAttribute("Type") + " " + relationship.getAttribute("Target");
    }
}
