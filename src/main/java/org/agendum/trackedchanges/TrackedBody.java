package org.agendum.trackedchanges;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The blocks of the tracked document from the blocks of the two versions (the body's, or a cell's): what is the
 * same is the new version's; a changed paragraph of plain runs is diffed word by word; a changed table row by row
 * and cell by cell; anything else is the old block deleted and the new one inserted. Old blocks are copied into the
 * new document first ({@link OldContent}).
 */
final class TrackedBody {
    private final ExportedPackage old;
    private final ExportedPackage now;
    private final OldContent oldContent;
    private final ChangeMarks marks;

    TrackedBody(ExportedPackage old, ExportedPackage now, OldContent oldContent, ChangeMarks marks) {
        this.old = old;
        this.now = now;
        this.oldContent = oldContent;
        this.marks = marks;
    }

    List<Element> blocks(List<Element> was, List<Element> is) {
        List<Element> tracked = new ArrayList<>();
        Alignment.align(keys(was, old), keys(is, now), likeness(pairing(was, old), pairing(is, now)),
                new Alignment.Outcome() {
            @Override
            public void same(int o, int n) {
                tracked.add(is.get(n));
            }

            @Override
            public void changed(int o, int n) {
                Element before = was.get(o);
                Element after = is.get(n);
                if (WordXml.is(after, "tbl")) {
                    tracked.add(table(before, after));
                } else if (WordXml.is(after, "p") && WordDiff.plain(before) && WordDiff.plain(after)) {
                    tracked.add(WordDiff.paragraph(before, old, after, now, marks));
                } else {
                    deleted(o);
                    inserted(n);
                }
            }

            @Override
            public void deleted(int o) {
                Element block = oldContent.copy(was.get(o));
                if (WordXml.is(block, "p")) {
                    tracked.add(ParagraphMarks.paragraph(block, ChangeMarks.DELETED, marks));
                } else if (WordXml.is(block, "tbl")) {
                    WordXml.children(block, "tr").forEach(row -> row(row, ChangeMarks.DELETED));
                    tracked.add(block);
                }
                // anything else the export does not write into a body; an old one is left out
            }

            @Override
            public void inserted(int n) {
                Element block = is.get(n);
                if (WordXml.is(block, "p")) {
                    tracked.add(ParagraphMarks.paragraph(block, ChangeMarks.INSERTED, marks));
                } else {
                    WordXml.children(block, "tr").forEach(row -> row(row, ChangeMarks.INSERTED));
                    tracked.add(block);
                }
            }
        });
        LastMark.keep(tracked, marks);
        return tracked;
    }

    /** The new table with its rows lined up with the old one's: rows added, removed, or changed cell by cell. */
    private Element table(Element before, Element after) {
        List<Element> was = WordXml.children(before, "tr");
        List<Element> is = WordXml.children(after, "tr");
        List<Element> rows = new ArrayList<>();
        Alignment.align(keys(was, old), keys(is, now), likeness(shapes(was), shapes(is)), new Alignment.Outcome() {
            @Override
            public void same(int o, int n) {
                rows.add(is.get(n));
            }

            @Override
            public void changed(int o, int n) {
                rows.add(cells(was.get(o), is.get(n)));
            }

            @Override
            public void deleted(int o) {
                rows.add(row(oldContent.copy(was.get(o)), ChangeMarks.DELETED));
            }

            @Override
            public void inserted(int n) {
                rows.add(row(is.get(n), ChangeMarks.INSERTED));
            }
        });
        is.forEach(after::removeChild);
        rows.forEach(after::appendChild);
        return after;
    }

    /**
     * A row whose cells are as many in both versions: each cell's paragraphs lined up like the body's, and the
     * row's and each cell's old properties recorded where they differ (the rule under the annex's last row moves
     * to another row when a row is added or removed at its end).
     */
    private Element cells(Element before, Element after) {
        propertiesChange(before, after, "trPr", "tblPrEx");
        List<Element> oldCells = WordXml.children(before, "tc");
        List<Element> newCells = WordXml.children(after, "tc");
        for (int i = 0; i < newCells.size(); i++) {
            Element cell = newCells.get(i);
            propertiesChange(oldCells.get(i), cell, "tcPr", null);
            List<Element> content = blocksOf(cell);
            List<Element> tracked = blocks(blocksOf(oldCells.get(i)), content);
            content.forEach(block -> {
                if (block.getParentNode() == cell) {
                    cell.removeChild(block);
                }
            });
            tracked.forEach(cell::appendChild);
        }
        return after;
    }

    /**
     * The old properties ({@code w:trPr} or {@code w:tcPr}) of a row or cell recorded in a {@code w:trPrChange} or
     * {@code w:tcPrChange}, last in the new ones, when they differ: Reject All gives the old ones back.
     *
     * @param after the element the properties follow when they are made (a row's {@code w:tblPrEx}), or null
     */
    private void propertiesChange(Element before, Element now, String name, String after) {
        Element oldProperties = WordXml.child(before, name);
        Element newProperties = WordXml.child(now, name);
        List<Element> was = oldProperties == null ? List.of() : WordXml.children(oldProperties);
        List<Element> is = newProperties == null ? List.of() : WordXml.children(newProperties);
        if (LastMark.same(was, is)) {
            return;
        }
        if (newProperties == null) {
            newProperties = WordXml.element(marks.document(), name);
            Element preceding = after == null ? null : WordXml.child(now, after);
            now.insertBefore(newProperties, preceding == null ? now.getFirstChild() : preceding.getNextSibling());
        }
        Element change = marks.mark(name + "Change");
        Element old = WordXml.element(marks.document(), name);
        was.forEach(property -> old.appendChild(marks.document().importNode(property, true)));
        change.appendChild(old);
        newProperties.appendChild(change);
    }

    private static List<Element> blocksOf(Element cell) {
        return WordXml.children(cell).stream().filter(child -> !WordXml.is(child, "tcPr")).toList();
    }

    /**
     * A row that only one version has: the row marked in its {@code w:trPr} (after the row's other properties, as
     * the schema orders them) and its runs marked, so its text shows as deleted or inserted.
     */
    private Element row(Element row, String kind) {
        Element properties = WordXml.child(row, "trPr");
        if (properties == null) {
            properties = WordXml.element(marks.document(), "trPr");
            Element exceptions = WordXml.child(row, "tblPrEx");
            Node before = exceptions == null ? row.getFirstChild() : exceptions.getNextSibling();
            row.insertBefore(properties, before);
        }
        properties.appendChild(marks.mark(kind));
        ParagraphMarks.runs(row, kind, marks);
        return row;
    }

    private static List<String> keys(List<Element> blocks, ExportedPackage from) {
        return blocks.stream().map(block -> BlockKey.of(block, from)).toList();
    }

    private static Alignment.Likeness likeness(List<Likeness> was, List<Likeness> is) {
        return new Alignment.Likeness() {
            @Override
            public double of(int old, int now) {
                return was.get(old).to(is.get(now));
            }

            @Override
            public boolean empty(int old) {
                return was.get(old).empty();
            }
        };
    }

    /** Paragraphs pair when their properties are the same; tables always pair with tables. */
    private static List<Likeness> pairing(List<Element> blocks, ExportedPackage from) {
        return blocks.stream().map(block -> WordXml.is(block, "tbl") ? Likeness.always("tbl")
                : Likeness.of(block.getLocalName() + BlockKey.ofProperties(block,
                from), block)).toList();
    }

    /** Rows pair when they have as many cells. */
    private static List<Likeness> shapes(List<Element> rows) {
        return rows.stream().map(row -> Likeness.of("tr" + WordXml.children(row, "tc").size(), row)).toList();
    }
}
