package org.agendum.importing.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;
import org.agendum.importing.source.ImportException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A Word document's package, opened with POI's OPC layer (content types, relationships, its zip-bomb guards): the
 * main document part, the parts it points to by relationship type or id, each read as a DOM with POI's hardened
 * parser (no DTDs, no external entities). Parts are read only when asked for: pictures are never unpacked twice.
 */
final class WordPackage implements AutoCloseable {
    private static final String WORD_CONTENT = "wordprocessingml";

    private final OPCPackage pack;
    private final PackagePart main;

    private WordPackage(OPCPackage pack, PackagePart main) {
        this.pack = pack;
        this.main = main;
    }

    static WordPackage open(byte[] bytes) throws ImportException {
        OPCPackage pack;
        try {
            pack = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (InvalidFormatException | IOException | OpenXML4JRuntimeException | IllegalArgumentException e) {
            throw WordMessages.damaged(e);
        }
        PackagePart main = mainPart(pack);
        if (main == null || !main.getContentType().contains(WORD_CONTENT)) {
            pack.revert();
            throw new ImportException("The file is an Office document but not a Word document (it holds no Word "
                    + "text); import a .docx file, a PDF or text.");
        }
        return new WordPackage(pack, main);
    }

    private static PackagePart mainPart(OPCPackage pack) {
        for (String type : new String[] {PackageRelationshipTypes.CORE_DOCUMENT,
                PackageRelationshipTypes.STRICT_CORE_DOCUMENT}) {
            PackageRelationshipCollection relationships = pack.getRelationshipsByType(type);
            if (relationships.size() > 0) {
                return pack.getPart(relationships.getRelationship(0));
            }
        }
        return null;
    }

    PackagePart main() {
        return main;
    }

    Document mainDocument() throws ImportException {
        return parse(main);
    }

    /** The main part's related part of a type ending in "/styles", "/numbering" …, if there is one. */
    Optional<PackagePart> related(String typeEnding) throws ImportException {
        try {
            for (PackageRelationship relationship : main.getRelationships()) {
                if (relationship.getTargetMode() == TargetMode.INTERNAL
                        && relationship.getRelationshipType().endsWith("/" + typeEnding)) {
                    return Optional.ofNullable(main.getRelatedPart(relationship));
                }
            }
            return Optional.empty();
        } catch (InvalidFormatException | IllegalArgumentException e) {
            throw WordMessages.damaged(e);
        }
    }

    /** The part a relationship id of {@code from} points to (a header, a footer), if it is there. */
    Optional<PackagePart> relatedById(PackagePart from, String id) throws ImportException {
        try {
            PackageRelationship relationship = from.getRelationship(id);
            if (relationship == null || relationship.getTargetMode() != TargetMode.INTERNAL) {
                return Optional.empty();
            }
            return Optional.ofNullable(from.getRelatedPart(relationship));
        } catch (InvalidFormatException | IllegalArgumentException e) {
            throw WordMessages.damaged(e);
        }
    }

    /** The external address a hyperlink's relationship id of {@code from} names, if any. */
    static Optional<String> externalTarget(PackagePart from, String id) {
        try {
            PackageRelationship relationship = from.getRelationship(id);
            if (relationship == null || relationship.getTargetMode() != TargetMode.EXTERNAL) {
                return Optional.empty();
            }
            return Optional.of(relationship.getTargetURI().toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Document parse(PackagePart part) throws ImportException {
        try (InputStream in = part.getInputStream()) {
            DocumentBuilder builder = XMLHelper.newDocumentBuilder();
            return builder.parse(in);
        } catch (SAXException | IOException | OpenXML4JRuntimeException e) {
            throw WordMessages.damaged(e);
        }
    }

    static Element root(Document document) {
        return document.getDocumentElement();
    }

    @Override
    public void close() {
        // opened from bytes: nothing to write back, nothing on disk to release
        pack.revert();
    }

}
