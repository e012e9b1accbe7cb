package org.agendum.importing.source;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A table of the source (the annex's organization of work, or a masthead laid out in a table). */
public record SourceTable(List<Row> rows, SourcePlace place) implements SourceBlock {
    public SourceTable {
        rows = List.copyOf(rows);
        Objects.requireNonNull(place, "place");
    }

    /** A row: its cells left to right, each spanning {@code span} grid columns. */
    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String plainText() {
            return cells.stream().map(Cell::plainText).collect(Collectors.joining("\t"));
        }
    }

    /**
     * A cell: its paragraphs, how many grid columns it spans (Word's gridSpan), and whether it continues the
     * cell above (Word's vertical merge: it shows nothing of its own).
     */
    public record Cell(List<SourceParagraph> paragraphs, int span, boolean continuesAbove) {
        public Cell {
            paragraphs = List.copyOf(paragraphs);
            if (span < 1) {
                throw new IllegalArgumentException("A cell spans 1 column or more, was " + span);
            }
        }

        public String plainText() {
            return paragraphs.stream().map(SourceParagraph::plainText).collect(Collectors.joining("\n"));
        }
    }

    @Override
    public String plainText() {
        return rows.stream().map(Row::plainText).collect(Collectors.joining("\n"));
    }
}
