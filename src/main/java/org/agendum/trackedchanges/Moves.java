package org.agendum.trackedchanges;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A paragraph the old version has in one place and the new one, the same, in another (an item moved: its
 * annotation's paragraphs read the same under its new number) is a move, not a deletion and an insertion: its
 * deleted copy becomes {@code w:moveFrom} and its inserted copy {@code w:moveTo}, the runs and the paragraph mark
 * alike, each within a {@code w:moveFromRangeStart}/{@code w:moveFromRangeEnd} (and {@code w:moveTo…}) of one
 * name, as Word writes a move; Word and LibreOffice show the two places as a move. Only whole paragraphs of the
 * body with text are paired (an empty spacer moves nothing a reader sees), and not one with a footnote (its
 * note would have to be compared too); the others stay deleted and inserted.
 */
final class Moves {
    private static final String FROM = "moveFrom";
    private static final String TO = "moveTo";

    private Moves() {
    }

    static void mark(List<Element> blocks, ChangeMarks marks, ExportedPackage now) {
        Map<String, Deque<Element>> deleted = new HashMap<>();
        List<Element> inserted = new ArrayList<>();
        for (Element block : blocks) {
            String kind = whole(block);
            if (ChangeMarks.DELETED.equals(kind)) {
                deleted.computeIfAbsent(key(block, now), k -> new ArrayDeque<>()).add(block);
            } else if (ChangeMarks.INSERTED.equals(kind)) {
                inserted.add(block);
            }
        }
        int moves = 0;
        for (Element to : inserted) {
            Deque<Element> same = deleted.get(key(to, now));
            if (same == null || same.isEmpty()) {
                continue;
            }
            String name = "move" + ++moves;
            moved(same.removeFirst(), ChangeMarks.DELETED, FROM, name, marks);
            moved(to, ChangeMarks.INSERTED, TO, name, marks);
        }
    }

    /**
     * {@code ins} or {@code del} for a paragraph with text, no footnote, its mark and every run marked so (as
     * {@link ParagraphMarks#paragraph} marks one); null for anything else.
     */
    private static String whole(Element block) {
        String kind = WordXml.is(block, "p") ? ParagraphMarks.kindOf(block) : null;
        if (kind == null || !WordXml.descendants(block, "footnoteReference").isEmpty()) {
            return null;
        }
        boolean text = false;
        for (Element run : WordXml.descendants(block, "r")) {
            if (!WordXml.is(run.getParentNode(), kind)) {
                return null;
            }
            text |= !WordXml.children(run, "t").isEmpty() || !WordXml.children(run, "delText").isEmpty();
        }
        return text ? kind : null;
    }

    /** What the paragraph is without its marks: equal for the old copy and the new one of a moved paragraph. */
    private static String key(Element paragraph, ExportedPackage now) {
        Element copy = (Element) paragraph.cloneNode(true);
        for (String kind : List.of(ChangeMarks.DELETED, ChangeMarks.INSERTED)) {
            for (Element mark : WordXml.descendants(copy, kind)) {
                Node parent = mark.getParentNode();
                while (mark.getFirstChild() != null) {
                    parent.insertBefore(mark.getFirstChild(), mark);
                }
                parent.removeChild(mark);
            }
        }
        WordXml.descendants(copy, "delText").forEach(text -> WordXml.rename(text, "t"));
        WordXml.descendants(copy, "rPr").stream().filter(format -> WordXml.children(format).isEmpty())
                .forEach(format -> format.getParentNode().removeChild(format));
        return BlockKey.of(copy, now);
    }

    /** The paragraph's {@code kind} marks renamed {@code move}, between its range's start and end. */
    private static void moved(Element paragraph, String kind, String move, String name, ChangeMarks marks) {
        for (Element mark : WordXml.descendants(paragraph, kind)) {
            WordXml.rename(mark, move);
        }
        Element start = marks.mark(move + "RangeStart");
        WordXml.setAttribute(start, "name", name);
        Element end = WordXml.element(marks.document(), move + "RangeEnd");
        WordXml.setAttribute(end, "id", WordXml.attribute(start, "id"));
        Element properties = WordXml.child(paragraph, "pPr");
        paragraph.insertBefore(start, properties == null ? paragraph.getFirstChild() : properties.getNextSibling());
        paragraph.appendChild(end);
    }
}
