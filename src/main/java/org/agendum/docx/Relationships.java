package org.agendum.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * The relationships of one part of the package (or of the package itself), written as its {@code .rels} part:
 * each gets the next id, "rId1", "rId2" …, in the order it is added, as POI numbered them.
 */
final class Relationships {
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String OFFICE_DOCUMENT = OFFICE + "officeDocument";
    static final String CORE_PROPERTIES =
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    static final String EXTENDED_PROPERTIES = OFFICE + "extended-properties";
    static final String CUSTOM_PROPERTIES = OFFICE + "custom-properties";
    static final String STYLES = OFFICE + "styles";
    static final String SETTINGS = OFFICE + "settings";
    static final String HEADER = OFFICE + "header";
    static final String FOOTER = OFFICE + "footer";
    static final String FOOTNOTES = OFFICE + "footnotes";
    static final String HYPERLINK = OFFICE + "hyperlink";
    static final String IMAGE = OFFICE + "image";
    /** The namespace of the attributes that name a relationship ({@code r:id}, {@code r:embed}). */
    static final String NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private record Relationship(String id, String type, String target, boolean external) {
    }

    private final List<Relationship> relationships = new ArrayList<>();

    /** A part of the package, its target relative to the source part's folder; returns its id. */
    String add(String type, String target) {
        return add(type, target, false);
    }

    /** Something outside the package (a web address); returns its id. */
    String addExternal(String type, String target) {
        return add(type, target, true);
    }

    private String add(String type, String target, boolean external) {
        String id = "rId" + (relationships.size() + 1);
        relationships.add(new Relationship(id, type, target, external));
        return id;
    }

    boolean isEmpty() {
        return relationships.isEmpty();
    }

    void write(XmlWriter xml) {
        xml.start("Relationships").attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
        for (Relationship relationship : relationships) {
            xml.start("Relationship").attribute("Id", relationship.id).attribute("Type", relationship.type)
                    .attribute("Target", relationship.target);
            if (relationship.external) {
                xml.attribute("TargetMode", "External");
            }
            xml.end();
        }
        xml.end();
    }
}
