package org.agendum.importing.word;

import java.util.ArrayList;
import java.util.List;
import org.agendum.importing.source.ImportException;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourceParagraph.Alignment;
import org.agendum.importing.source.SourcePlace;
import org.agendum.importing.source.SourceTable;
import org.agendum.model.Inline;
import org.w3c.dom.Element;

/**
 * The blocks of one part of a Word document (the body, a header, a footer) in reading order: paragraphs with their
 * style, alignment, indent and list label, tables with their merged cells, and the content of content controls
 * and text boxes in place. Empty paragraphs (the template's spacers) are left out; they carry nothing.
 */
final class BlockReader {
    private final WordStyles styles;
    private final NumberingDefinitions numbering;
    private final ListCounters counters;
    private final ParagraphContent content;
    private final Places places;
    private final String where;
    private int paragraphs;
    private int tables;

    BlockReader(WordStyles styles, NumberingDefinitions numbering, ParagraphContent content, Places places,
                String where) {
        this.styles = styles;
        this.numbering = numbering;
        this.counters = new ListCounters(numbering);
        this.content = content;
        this.places = places;
        this.where = where;
    }

    List<SourceBlock> read(Element container) throws ImportException {
        List<SourceBlock> blocks = new ArrayList<>();
        blocks(container, blocks, "", 0);
        return blocks;
    }

    private void blocks(Element container, List<SourceBlock> out, String note, int depth) throws ImportException {
        if (depth > ParagraphContent.MAX_DEPTH) {
            throw ParagraphContent.tooDeep();
        }
        for (Element child : Ooxml.children(container)) {
            if (!Ooxml.isWord(child)) {
                continue;
            }
            switch (child.getLocalName()) {
                case "p" -> paragraph(child, out, note, depth);
                case "tbl" -> out.add(table(child, depth));
                case "sdt" -> {
                    Element sdtContent = Ooxml.child(child, "sdtContent");
                    if (sdtContent != null) {
                        blocks(sdtContent, out, note, depth + 1);
                    }
                }
                case "customXml", "ins", "moveTo" -> blocks(child, out, note, depth + 1);
                default -> {
                    // section properties, bookmarks, deleted blocks: nothing to read
                }
            }
        }
    }

    private void paragraph(Element paragraph, List<SourceBlock> out, String note, int depth) throws ImportException {
        String description = prefix() + "paragraph " + (paragraphs + 1) + note;
        SourceParagraph read = paragraph(paragraph, description);
        if (read != null) {
            paragraphs++;
            out.add(read);
        }
        for (Element textBox : content.textBoxes()) {
            blocks(textBox, out, " (in a text box)", depth + 1);
        }
    }

    /** The paragraph, or null when it shows nothing (no text, no note call, no list label). */
    private SourceParagraph paragraph(Element paragraph, String description) throws ImportException {
        Element properties = Ooxml.child(paragraph, "pPr");
        String styleId = styles.paragraphStyleId(properties);
        ListLevel level = ListLevel.of(properties, styleId, styles, numbering);
        String label = level == null ? "" : counters.next(level.numId(), level.ilvl());
        List<Inline> inlines = content.read(paragraph, styleId);
        SourceParagraph read = new SourceParagraph(inlines, label, styles.name(styleId), alignment(properties, styleId),
                leftIndent(properties, styleId, level), places.place(description));
        return read.isBlank() && label.isEmpty() ? null : read;
    }

    private Alignment alignment(Element properties, String styleId) {
        Element jc = Ooxml.child(properties, "jc");
        String value = Ooxml.val(jc != null ? jc : styles.paragraphProperty(styleId, "jc"));
        if (value == null) {
            return Alignment.LEFT;
        }
        return switch (value) {
            case "center" -> Alignment.CENTER;
            case "right", "end" -> Alignment.RIGHT;
            case "both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute" ->
                    Alignment.BOTH;
            default -> Alignment.LEFT;
        };
    }

    /** The paragraph's own left indent, else its list level's, else its style's (in twips). */
    private int leftIndent(Element properties, String styleId, ListLevel level) {
        Integer own = left(Ooxml.child(properties, "ind"));
        if (own != null) {
            return own;
        }
        if (level != null) {
            Integer listed = left(Ooxml.path(numbering.level(level.numId(), level.ilvl()), "pPr", "ind"));
            if (listed != null) {
                return listed;
            }
        }
        Integer styled = left(styles.paragraphProperty(styleId, "ind"));
        return styled == null ? 0 : styled;
    }

    private static Integer left(Element ind) {
        String value = Ooxml.attribute(ind, "left");
        return Ooxml.number(value != null ? value : Ooxml.attribute(ind, "start"));
    }

    private SourceTable table(Element table, int depth) throws ImportException {
        tables++;
        String name = prefix() + "table " + tables;
        SourcePlace place = places.place(name);
        List<SourceTable.Row> read = new ArrayList<>();
        int row = 0;
        for (Element tableRow : rows(table, depth)) {
            row++;
            List<SourceTable.Cell> cells = new ArrayList<>();
            int cell = 0;
            for (Element tableCell : cells(tableRow, depth)) {
                cell++;
                cells.add(cell(tableCell, name + ", row " + row + ", cell " + cell, depth));
            }
            read.add(new SourceTable.Row(cells));
        }
        return new SourceTable(read, place);
    }

    private SourceTable.Cell cell(Element cell, String name, int depth) throws ImportException {
        Element properties = Ooxml.child(cell, "tcPr");
        Integer span = Ooxml.number(Ooxml.val(Ooxml.child(properties, "gridSpan")));
        Element vMerge = Ooxml.child(properties, "vMerge");
        boolean continuesAbove = vMerge != null && !"restart".equals(Ooxml.val(vMerge));
        List<SourceParagraph> paragraphsOfCell = new ArrayList<>();
        cellParagraphs(cell, name, paragraphsOfCell, depth + 1);
        return new SourceTable.Cell(paragraphsOfCell, span == null || span < 1 ? 1 : span, continuesAbove);
    }

    /** A cell's paragraphs; a table inside the cell gives its cells' paragraphs in reading order. */
    private void cellParagraphs(Element container, String name, List<SourceParagraph> out, int depth)
            throws ImportException {
        if (depth > ParagraphContent.MAX_DEPTH) {
            throw ParagraphContent.tooDeep();
        }
        for (Element child : Ooxml.children(container)) {
            if (Ooxml.is(child, "p")) {
                SourceParagraph read = paragraph(child, name + (out.isEmpty() ? "" : ", paragraph " + (out.size() + 1)));
                if (read != null) {
                    out.add(read);
                }
                for (Element textBox : content.textBoxes()) {
                    cellParagraphs(textBox, name + " (in a text box)", out, depth + 1);
                }
            } else if (Ooxml.is(child, "tbl")) {
                for (Element row : rows(child, depth)) {
                    for (Element nested : cells(row, depth)) {
                        cellParagraphs(nested, name, out, depth + 1);
                    }
                }
            } else if (Ooxml.is(child, "sdt")) {
                Element sdtContent = Ooxml.child(child, "sdtContent");
                if (sdtContent != null) {
                    cellParagraphs(sdtContent, name, out, depth + 1);
                }
            } else if (Ooxml.is(child, "customXml") || Ooxml.is(child, "ins")) {
                cellParagraphs(child, name, out, depth + 1);
            }
        }
    }

    private static List<Element> rows(Element table, int depth) throws ImportException {
        return wrapped(table, "tr", depth);
    }

    private static List<Element> cells(Element row, int depth) throws ImportException {
        return wrapped(row, "tc", depth);
    }

    /** Children of that name, also those wrapped in content controls or custom XML (rows, cells). */
    private static List<Element> wrapped(Element parent, String name, int depth) throws ImportException {
        if (depth > ParagraphContent.MAX_DEPTH) {
            throw ParagraphContent.tooDeep();
        }
        List<Element> out = new ArrayList<>();
        for (Element child : Ooxml.children(parent)) {
            if (Ooxml.is(child, name)) {
                out.add(child);
            } else if (Ooxml.is(child, "sdt") && Ooxml.child(child, "sdtContent") != null) {
                out.addAll(wrapped(Ooxml.child(child, "sdtContent"), name, depth + 1));
            } else if (Ooxml.is(child, "customXml") || Ooxml.is(child, "ins")) {
                out.addAll(wrapped(child, name, depth + 1));
            }
        }
        return out;
    }

    private String prefix() {
        return where.isEmpty() ? "" : where + ", ";
    }
}
