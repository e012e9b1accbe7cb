package org.agendum.importing.source;

import java.util.List;
import java.util.Objects;

/**
 * A document as a reader found it: what kind of file it was, its name (for the report, and a symbol may be
 * guessed from it), the blocks of its first page's header (where Word documents of the UN keep the masthead;
 * empty for text and PDF, whose masthead is at the top of the body), the body's blocks in reading order, and
 * what the reader took out as page furniture (running heads, page numbers, job lines repeated on each page),
 * each said once so the report can show that nothing else was dropped.
 */
public record SourceDocument(Kind kind, String name, List<SourceBlock> header, List<SourceBlock> body,
                             List<String> furnitureRemoved) {
    public enum Kind {
        WORD("Word document"), PDF("PDF"), TEXT("text");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public SourceDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        header = List.copyOf(header);
        body = List.copyOf(body);
        furnitureRemoved = List.copyOf(furnitureRemoved);
    }
}
