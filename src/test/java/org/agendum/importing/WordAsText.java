package org.agendum.importing;

import java.util.List;
import java.util.stream.Collectors;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourceTable;
import org.agendum.model.Inline;
import org.agendum.model.TextRun;
import org.agendum.testing.UnLayoutText;

/**
 * A Word document as an officer's copy of its text gives it (a web page's, a paste): each masthead line and each
 * paragraph on a line of its own between blank lines, a label and its text a space apart, the annex's rows with their
 * cells between tabs, italics and links marked up as {@link UnLayoutText}'s web copy marks them.
 */
final class WordAsText {
    private WordAsText() {
    }

    static String of(SourceDocument document) {
        StringBuilder out = new StringBuilder();
        for (SourceBlock block : document.header()) {
            block(block, out, true);
        }
        for (SourceBlock block : document.body()) {
            block(block, out, document.body().indexOf(block) == 0 && block instanceof SourceTable);
        }
        return out.toString();
    }

    /** A table as rows of tab-separated cells; a masthead table's cells as lines of their own. */
    private static void block(SourceBlock block, StringBuilder out, boolean masthead) {
        if (block instanceof SourceParagraph paragraph) {
            out.append(paragraph(paragraph)).append("\n\n");
            return;
        }
        for (SourceTable.Row row : ((SourceTable) block).rows()) {
            if (masthead) {
                row.cells().forEach(cell -> cell.plainText().lines().filter(line -> !line.isBlank())
                        .forEach(line -> out.append(line.strip()).append("\n\n")));
                continue;
            }
            List<String> cells = row.cells().stream().map(cell -> cell.paragraphs().stream()
                    .map(WordAsText::paragraph).collect(Collectors.joining(" "))).toList();
            if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                out.append(String.join("\t", cells)).append('\n');
            }
        }
        out.append('\n');
    }

    /** The paragraph's text, its tabs spaces, its italic and linked runs marked up (a heading's bold is the print's). */
    private static String paragraph(SourceParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : paragraph.inlines()) {
            text.append(inline instanceof TextRun run && !paragraph.isAllBold() ? UnLayoutText.styled(run)
                    : inline.visibleText());
        }
        return text.toString().replace('\t', ' ').replace('\n', ' ').strip();
    }
}
