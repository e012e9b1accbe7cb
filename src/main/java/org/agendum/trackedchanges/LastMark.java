package org.agendum.trackedchanges;

import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word cannot remove the last paragraph of the body or of a cell: its mark ends the story or the cell. A deleted
 * paragraph there would stay after Accept All, an inserted one after Reject All, empty, in the other version's
 * format. So when the tracked blocks end with deleted (or inserted) paragraphs, the mark of the paragraph before
 * them that the other version has is the one deleted (or inserted) instead, as Word records such a change itself:
 * the last mark stays in both versions, with the properties of the version that keeps the last paragraph and the
 * other version's recorded in {@code w:pPrChange} (and the mark's format in {@code w:rPrChange}). Accept All and
 * Reject All then run the text of the paragraph whose mark goes on into the last one. When that paragraph is itself
 * only the other version's (inserted before deleted ones, or deleted before inserted ones), its text is moved into
 * the last paragraph instead, its mark being otherwise deleted and inserted at once.
 */
final class LastMark {
    private LastMark() {
    }

    static void keep(List<Element> blocks, ChangeMarks marks) {
        int last = blocks.size() - 1;
        if (last < 1 || !WordXml.is(blocks.get(last), "p")) {
            return;
        }
        Element end = blocks.get(last);
        String kind = ParagraphMarks.kindOf(end);
        if (kind == null) {
            return;
        }
        int before = last - 1;
        while (before >= 0 && changedAs(blocks.get(before), kind)) {
            before--;
        }
        // nothing before them, or a table: left as it is (the export ends a body and a cell with a paragraph)
        if (before < 0 || !WordXml.is(blocks.get(before), "p")) {
            return;
        }
        Element other = blocks.get(before);
        Element endProperties = properties(end, marks);
        Element otherProperties = properties(other, marks);
        if (ParagraphMarks.kindOf(other) != null) {
            // only the other version has it: its text into the last paragraph, in the order of the text
            Node at = kind.equals(ChangeMarks.DELETED) ? null : WordXml.child(end, "pPr").getNextSibling();
            for (Element content : WordXml.children(other)) {
                if (!WordXml.is(content, "pPr")) {
                    end.insertBefore(content, at);
                }
            }
            blocks.remove(before);
        } else {
            ParagraphMarks.mark(other, kind, marks);
        }
        Element markFormat = WordXml.child(WordXml.child(end, "pPr"), "rPr");
        WordXml.children(markFormat).stream().filter(LastMark::change).forEach(markFormat::removeChild);
        // the new version's properties, the old one's recorded
        if (kind.equals(ChangeMarks.DELETED)) {
            takeProperties(end, otherProperties, endProperties, marks);
        } else {
            takeProperties(end, endProperties, otherProperties, marks);
        }
    }

    /** A paragraph whose mark is {@code kind}, or a table whose every row is. */
    private static boolean changedAs(Element block, String kind) {
        if (WordXml.is(block, "p")) {
            return kind.equals(ParagraphMarks.kindOf(block));
        }
        List<Element> rows = WordXml.children(block, "tr");
        return WordXml.is(block, "tbl") && !rows.isEmpty() && rows.stream().allMatch(row -> {
            Element properties = WordXml.child(row, "trPr");
            return properties != null && WordXml.child(properties, kind) != null;
        });
    }

    /** A copy of the paragraph's properties without its mark's change. */
    private static Element properties(Element paragraph, ChangeMarks marks) {
        Element properties = WordXml.child(paragraph, "pPr");
        Element copy = properties == null ? WordXml.element(marks.document(), "pPr")
                : (Element) properties.cloneNode(true);
        Element markFormat = WordXml.child(copy, "rPr");
        if (markFormat != null) {
            WordXml.children(markFormat).stream().filter(LastMark::change).forEach(markFormat::removeChild);
        }
        return copy;
    }

    /** {@code paragraph} with the properties {@code now}, and {@code old} recorded where they differ. */
    private static void takeProperties(Element paragraph, Element now, Element old, ChangeMarks marks) {
        List<Element> oldBase = base(old);
        if (!same(oldBase, base(now))) {
            Element change = marks.mark("pPrChange");
            Element was = WordXml.element(marks.document(), "pPr");
            oldBase.forEach(property -> was.appendChild(property.cloneNode(true)));
            change.appendChild(was);
            now.appendChild(change); // last in w:pPr, as the schema orders it
        }
        Element oldMark = WordXml.child(old, "rPr");
        List<Element> oldMarkFormat = oldMark == null ? List.of() : WordXml.children(oldMark);
        Element newMark = WordXml.child(now, "rPr");
        List<Element> newMarkFormat = newMark == null ? List.of() : WordXml.children(newMark);
        if (!same(oldMarkFormat, newMarkFormat)) {
            ParagraphMarks.markFormatIn(now, marks).appendChild(marks.formatChange(oldMark));
        }
        Element properties = WordXml.child(paragraph, "pPr");
        if (properties != null) {
            paragraph.removeChild(properties);
        }
        paragraph.insertBefore(now, paragraph.getFirstChild());
    }

    /** The paragraph properties that {@code w:pPrChange} records: all but the mark's format and a section's. */
    private static List<Element> base(Element properties) {
        return WordXml.children(properties).stream().filter(p -> !WordXml.is(p, "rPr") && !WordXml.is(p, "sectPr")
                && !WordXml.is(p, "pPrChange")).toList();
    }

    private static boolean change(Element element) {
        return WordXml.is(element, ChangeMarks.INSERTED) || WordXml.is(element, ChangeMarks.DELETED)
                || WordXml.is(element, ChangeMarks.FORMAT_CHANGED);
    }

    static boolean same(List<Element> one, List<Element> other) {
        if (one.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < one.size(); i++) {
            if (!one.get(i).isEqualNode(other.get(i))) {
                return false;
            }
        }
        return true;
    }
}
