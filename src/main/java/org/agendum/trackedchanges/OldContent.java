package org.agendum.trackedchanges;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Copies the old version's blocks into the new document, with what they point to: a hyperlink's relationship is
 * added to the new main part's relationships (or the new one to the same target is used), and a footnote
 * reference is tagged as the old package's, for {@link TrackedFootnotes} to give it a note of its own.
 */
final class OldContent {
    static final String OLD_NOTE = "old:";

    private final ExportedPackage old;
    private final ExportedPackage now;
    private int added;

    OldContent(ExportedPackage old, ExportedPackage now) {
        this.old = old;
        this.now = now;
    }

    Element copy(Element block) {
        Element copy = (Element) now.document.importNode(block, true);
        WordXml.descendants(copy, "footnoteReference").forEach(reference ->
                WordXml.setAttribute(reference, "id", OLD_NOTE + WordXml.attribute(reference, "id")));
        List<Element> elements = new ArrayList<>(List.of(copy));
        var all = copy.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        for (Element element : elements) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (WordXml.R.equals(attribute.getNamespaceURI())) {
                    attribute.setValue(relationship(attribute.getValue()));
                }
            }
        }
        return copy;
    }

    /** The new package's id for what the old relationship {@code id} points to, added when it has none. */
    private String relationship(String id) {
        Element relationship = old.relationships.get(id);
        if (relationship == null) {
            return id;
        }
        for (Element candidate : now.relationships.values()) {
            if (candidate.getAttribute("Type").equals(relationship.getAttribute("Type"))
                    && candidate.getAttribute("Target").equals(relationship.getAttribute("Target"))
                    && candidate.getAttribute("TargetMode").equals(relationship.getAttribute("TargetMode"))) {
                return candidate.getAttribute("Id");
            }
        }
        Element copy = (Element) now.relationshipsPart.importNode(relationship, true);
        String newId;
        do {
            newId = "rIdOld" + ++added;
        } while (now.relationships.containsKey(newId));
        copy.setAttribute("Id", newId);
        now.relationshipsPart.getDocumentElement().appendChild(copy);
        now.relationships.put(newId, copy);
        return newId;
    }
}
