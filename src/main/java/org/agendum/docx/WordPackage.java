package org.agendum.docx;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The package a .docx file is (Open Packaging Conventions): parts written into a {@link ZipArchive} as they come,
 * each XML part with its content type, the relationships of each part, and at the end the
 * {@code [Content_Types].xml} and {@code .rels} parts that list them. Written here rather than through POI's OPC
 * package, which alone loads some 1,100 classes and takes a third of a second in a fresh JVM (decision 0004).
 */
final class WordPackage {
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    private static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

    private final ZipArchive zip;
    /** Content types by extension: the relationship parts, plain XML, and the pictures added. */
    private final Map<String, String> defaults = new LinkedHashMap<>();
    /** The content type of each XML part, by its name. */
    private final Map<String, String> overrides = new LinkedHashMap<>();
    /** The relationships of each part by its name, "" for the package's own. */
    private final Map<String, Relationships> relationships = new LinkedHashMap<>();
    /** How the text of every WordprocessingML part of this document is set (fonts, direction). */
    private final DocumentScript script;

    WordPackage(LocalDateTime modified, DocumentScript script) {
        zip = new ZipArchive(modified);
        this.script = script;
        defaults.put("rels", "application/vnd.openxmlformats-package.relationships+xml");
        defaults.put("xml", "application/xml");
    }

    DocumentScript script() {
        return script;
    }

    /** A writer for the XML part {@code name} ("word/document.xml"); closing it adds the part. */
    XmlWriter xmlPart(String name, String contentType) {
        overrides.put(name, contentType);
        return new XmlWriter(zip.entry(name));
    }

    /** An XML part given whole (a fixed part filled in, read from a resource). */
    void xmlPart(String name, String contentType, byte[] content) {
        overrides.put(name, contentType);
        zip.add(name, content);
    }

    /** A part given whole, whose content type its extension says ("word/media/image1.png" → "image/png"). */
    void part(String name, String contentType, byte[] content) {
        defaults.put(extension(name), contentType);
        zip.add(name, content);
    }

    /** The relationships of the part {@code name}, or of the package for "". */
    Relationships relationshipsOf(String name) {
        return relationships.computeIfAbsent(name, n -> new Relationships());
    }

    /** The .docx file: the content types first, then the package's relationships, then the parts as written. */
    byte[] finish() {
        relationships.forEach((part, rels) -> {
            if (!rels.isEmpty()) {
                try (XmlWriter xml = new XmlWriter(zip.entry(relationshipsPart(part)))) {
                    rels.write(xml);
                }
            }
        });
        try (XmlWriter xml = new XmlWriter(zip.entry(CONTENT_TYPES))) {
            xml.start("Types").attribute("xmlns", CONTENT_TYPES_NS);
            defaults.forEach((extension, type) -> xml.start("Default").attribute("Extension", extension)
                    .attribute("ContentType", type).end());
            overrides.forEach((part, type) -> xml.start("Override").attribute("PartName", "/" + part)
                    .attribute("ContentType", type).end());
            xml.end();
        }
        return zip.toBytes(CONTENT_TYPES, PACKAGE_RELATIONSHIPS);
    }

    /** "word/document.xml" → "word/_rels/document.xml.rels"; "" → "_rels/.rels". */
    static String relationshipsPart(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
