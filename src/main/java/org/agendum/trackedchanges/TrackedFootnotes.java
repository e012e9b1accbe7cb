package org.agendum.trackedchanges;

import java.io.IOException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The footnotes of the tracked document: every reference in the body, old or new, gets the next id in the order of
 * the text and a copy of its note, so a note called only from deleted old text still exists, and the ids follow the
 * text as LibreOffice needs (it pairs references and notes in ascending id order; see the export's Footnotes).
 */
final class TrackedFootnotes {
    private static final String FOOTNOTES_TYPE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
    private static final String FOOTNOTES_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";

    private TrackedFootnotes() {
    }

    static void write(Element body, ExportedPackage old, ExportedPackage now) throws IOException {
        var references = WordXml.descendants(body, "footnoteReference");
        if (references.isEmpty() && now.footnotesPart == null) {
            return;
        }
        // the new version's part, or the old one's when only deleted old text has notes
        Document notes = base(now.footnotesPart != null ? now : old);
        Element root = notes.getDocumentElement();
        // the separators (ids -1 and 0) stay; the notes are written again in the order of the text
        WordXml.children(root, "footnote").stream().filter(note -> Integer.parseInt(WordXml.attribute(note, "id")) > 0)
                .forEach(root::removeChild);
        int id = 0;
        for (Element reference : references) {
            String was = WordXml.attribute(reference, "id");
            Element note = was.startsWith(OldContent.OLD_NOTE)
                    ? old.footnote(was.substring(OldContent.OLD_NOTE.length())) : now.footnote(was);
            if (note == null) {
                throw new IOException("the Word document calls a footnote it does not have: " + was);
            }
            Element copy = (Element) notes.importNode(note, true);
            WordXml.setAttribute(copy, "id", String.valueOf(++id));
            WordXml.setAttribute(reference, "id", String.valueOf(id));
            root.appendChild(copy);
        }
        if (now.footnotesPart == null) {
            declare(now);
        }
        now.parts.put(ExportedPackage.FOOTNOTES, WordXml.write(notes));
    }

    private static Document base(ExportedPackage from) throws IOException {
        return WordXml.parse(from.parts.get(ExportedPackage.FOOTNOTES));
    }

    /** A new version without notes gets the part named in its content types and its main part's relationships. */
    private static void declare(ExportedPackage now) throws IOException {
        Document types = WordXml.parse(now.parts.get(ExportedPackage.CONTENT_TYPES));
        Element override = types.createElementNS(WordXml.CONTENT_TYPES, "Override");
        override.setAttribute("PartName", "/" + ExportedPackage.FOOTNOTES);
        override.setAttribute("ContentType", FOOTNOTES_CONTENT_TYPE);
        types.getDocumentElement().appendChild(override);
        now.parts.put(ExportedPackage.CONTENT_TYPES, WordXml.write(types));
        Element relationship = now.relationshipsPart.createElementNS(WordXml.PACKAGE_RELATIONSHIPS, "Relationship");
        String id = "rIdFootnotes";
        relationship.setAttribute("Id", id);
        relationship.setAttribute("Type", FOOTNOTES_TYPE);
        relationship.setAttribute("Target", "footnotes.xml");
        now.relationshipsPart.getDocumentElement().appendChild(relationship);
        now.relationships.put(id, relationship);
    }
}
