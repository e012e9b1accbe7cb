package org.agendum.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.WordExport;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourceTable;
import org.agendum.model.Inline;
import org.agendum.model.Meeting;
import org.agendum.model.TextRun;

/** The import tests' ways into what a reader found: exports to read, paragraphs by text, runs by text. */
public final class SourceBlocks {
    private SourceBlocks() {
    }

    public static byte[] export(Meeting meeting) {
        try {
            return WordExport.toBytes(meeting, ExportOptions.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<SourceParagraph> paragraphs(List<SourceBlock> blocks) {
        return blocks.stream().filter(SourceParagraph.class::isInstance).map(SourceParagraph.class::cast).toList();
    }

    public static List<SourceTable> tables(List<SourceBlock> blocks) {
        return blocks.stream().filter(SourceTable.class::isInstance).map(SourceTable.class::cast).toList();
    }

    /** The paragraph whose text, without tabs at its start, is exactly this. */
    public static SourceParagraph paragraph(List<SourceBlock> blocks, String text) {
        return paragraphs(blocks).stream().filter(p -> p.plainText().replaceFirst("^\t+", "").equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("No paragraph reads \"" + text + "\" in "
                        + paragraphs(blocks).stream().map(SourceParagraph::plainText).toList()));
    }

    /** Every text run of the blocks, table cells included, in reading order. */
    public static List<TextRun> runs(List<SourceBlock> blocks) {
        List<TextRun> runs = new ArrayList<>();
        for (SourceBlock block : blocks) {
            List<SourceParagraph> paragraphs = block instanceof SourceParagraph paragraph ? List.of(paragraph)
                    : ((SourceTable) block).rows().stream().flatMap(row -> row.cells().stream())
                    .flatMap(cell -> cell.paragraphs().stream()).toList();
            for (SourceParagraph paragraph : paragraphs) {
                for (Inline inline : paragraph.inlines()) {
                    if (inline instanceof TextRun run) {
                        runs.add(run);
                    }
                }
            }
        }
        return runs;
    }

    public static TextRun run(List<SourceBlock> blocks, String text) {
        return runs(blocks).stream().filter(run -> run.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No run reads \"" + text + "\""));
    }
}
