package org.agendum.importing.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.importing.source.ImportException;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceDocument;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.w3c.dom.Element;

/**
 * Reads an opened Word package into a {@link SourceDocument}: the first page's header and footer (the masthead
 * and the job line of UN documents) as the header's blocks, the body in reading order, and the running heads
 * of later pages said once each as page furniture.
 */
final class WordDocumentReader {
    private final WordPackage pack;
    private final WordStyles styles;
    private final NumberingDefinitions numbering;
    private final ReadingNotes notes = new ReadingNotes();
    private final NoteTexts noteTexts;
    private final Places places = new Places();

    private WordDocumentReader(WordPackage pack) throws ImportException {
        this.pack = pack;
        Optional<PackagePart> stylesPart = pack.related("styles");
        this.styles = stylesPart.isPresent() ? WordStyles.of(WordPackage.root(pack.parse(stylesPart.get())))
                : WordStyles.none();
        Optional<PackagePart> numberingPart = pack.related("numbering");
        this.numbering = NumberingDefinitions.of(
                numberingPart.isPresent() ? WordPackage.root(pack.parse(numberingPart.get())) : null, styles);
        this.noteTexts = new NoteTexts(pack, styles, notes);
    }

    static SourceDocument read(WordPackage pack, String name) throws ImportException {
        return new WordDocumentReader(pack).read(name);
    }

    private SourceDocument read(String name) throws ImportException {
        Element body = Ooxml.child(WordPackage.root(pack.mainDocument()), "body");
        if (body == null) {
            throw WordMessages.damaged(new IllegalStateException("no w:body"));
        }
        List<Element> sections = sections(body);
        Element first = sections.get(0);
        boolean titlePage = Boolean.TRUE.equals(Ooxml.onOff(Ooxml.child(first, "titlePg")));
        String firstType = titlePage ? "first" : "default";
        List<SourceBlock> header = new ArrayList<>();
        Element firstHeader = reference(first, "headerReference", firstType);
        Element firstFooter = reference(first, "footerReference", firstType);
        if (firstHeader != null) {
            header.addAll(part(firstHeader, "header", places));
        }
        if (firstFooter != null) {
            header.addAll(part(firstFooter, "first-page footer", places));
        }
        List<SourceBlock> blocks = new BlockReader(styles, numbering, content(pack.main()), places, "").read(body);
        laterPages(sections, firstHeader, firstFooter);
        return new SourceDocument(SourceDocument.Kind.WORD, name, header, blocks, notes.lines());
    }

    /** Every section's properties in order; the last is the body's own (an empty one when missing). */
    private static List<Element> sections(Element body) {
        List<Element> sections = new ArrayList<>();
        for (Element paragraph : Ooxml.children(body, "p")) {
            Element section = Ooxml.path(paragraph, "pPr", "sectPr");
            if (section != null) {
                sections.add(section);
            }
        }
        Element last = Ooxml.child(body, "sectPr");
        sections.add(last != null ? last : body.getOwnerDocument().createElementNS(Ooxml.W, "w:sectPr"));
        return sections;
    }

    private static Element reference(Element section, String kind, String type) {
        for (Element reference : Ooxml.children(section, kind)) {
            String referenceType = Ooxml.attribute(reference, "type");
            if (type.equals(referenceType == null ? "default" : referenceType)) {
                return reference;
            }
        }
        return null;
    }

    private List<SourceBlock> part(Element reference, String where, Places placesOfPart) throws ImportException {
        String id = Ooxml.relationshipId(reference, "id");
        Optional<PackagePart> part = id == null ? Optional.empty() : pack.relatedById(pack.main(), id);
        if (part.isEmpty()) {
            return List.of();
        }
        Element root = WordPackage.root(pack.parse(part.get()));
        return new BlockReader(styles, numbering, content(part.get()), placesOfPart, where).read(root);
    }

    private ParagraphContent content(PackagePart part) {
        return new ParagraphContent(styles, notes, noteTexts, part);
    }

    /** The headers and footers of later pages: furniture, said once each. */
    private void laterPages(List<Element> sections, Element firstHeader, Element firstFooter) throws ImportException {
        for (Element section : sections) {
            for (String kind : new String[] {"headerReference", "footerReference"}) {
                for (Element reference : Ooxml.children(section, kind)) {
                    if (reference == firstHeader || reference == firstFooter) {
                        continue;
                    }
                    String where = kind.startsWith("header") ? "header of later pages" : "footer of later pages";
                    StringBuilder text = new StringBuilder();
                    for (SourceBlock block : part(reference, where, new Places())) {
                        text.append(block.plainText()).append(' ');
                    }
                    notes.furniture(where, text.toString());
                }
            }
        }
    }
}
