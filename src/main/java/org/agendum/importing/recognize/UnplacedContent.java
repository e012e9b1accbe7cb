package org.agendum.importing.recognize;

import java.util.ArrayList;
import java.util.List;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourceTable;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;

/**
 * What the officer can take into an item's annotation from a piece of the source the import did not place: its
 * paragraphs cut as the import cuts an annotation's ({@link Inlines}), so that italics, bold, links and footnotes go
 * with the text. A paragraph's number is left out, as it is from a placed annotation paragraph: the model numbers
 * none, and a typed "1." would read as a number the export does not keep up.
 */
final class UnplacedContent {
    private UnplacedContent() {
    }

    /** A paragraph as one paragraph; a table a paragraph per row, its cells' text one after the other. */
    static RichText of(SourceBlock block, VersionWording wording) {
        if (block instanceof SourceParagraph paragraph) {
            return nonBlank(List.of(new Paragraph(0, inlines(paragraph, wording))));
        }
        List<Paragraph> rows = new ArrayList<>();
        for (SourceTable.Row row : ((SourceTable) block).rows()) {
            List<Inline> runs = new ArrayList<>();
            for (SourceTable.Cell cell : row.cells()) {
                for (SourceParagraph paragraph : cell.paragraphs()) {
                    if (!cell.continuesAbove() && !paragraph.isBlank()) {
                        runs.add(TextRun.plain(" "));
                        runs.addAll(paragraph.inlines());
                    }
                }
            }
            rows.add(new Paragraph(0, Inlines.stripped(runs)));
        }
        return nonBlank(rows);
    }

    /** A footnote the import had no place for (a title's, a list entry's): its text, as a paragraph. */
    static RichText of(FootnoteMark note) {
        return nonBlank(List.of(new Paragraph(0, Inlines.stripped(new ArrayList<Inline>(note.text())))));
    }

    /** Text the import holds only as text (a row of the annex): its lines as plain paragraphs. */
    static RichText ofText(String text) {
        return nonBlank(text.lines().map(line -> Paragraph.body(line.strip())).toList());
    }

    /** The paragraph's runs, spaces tidied, without a paragraph number typed at its start. */
    private static List<Inline> inlines(SourceParagraph paragraph, VersionWording wording) {
        List<Inline> inlines = Inlines.stripped(paragraph.inlines());
        boolean typedNumber = paragraph.listLabel().isBlank()
                && ListLabel.at(Inlines.visible(inlines), wording).filter(ListLabel::isNumber).isPresent();
        return typedNumber ? Inlines.withoutTypedLabel(inlines, wording) : inlines;
    }

    private static RichText nonBlank(List<Paragraph> paragraphs) {
        return new RichText(paragraphs.stream().filter(p -> !p.isBlank()).toList());
    }
}
