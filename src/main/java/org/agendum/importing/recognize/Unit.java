package org.agendum.importing.recognize;

import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourcePlace;
import org.agendum.importing.source.SourceTable;

/**
 * A piece of the source the recognizer reads in order: a paragraph (of the body, or of a cell of the header's
 * masthead table), or a table of the body (the annex). {@code text} is the paragraph's visible text on one line,
 * spaces collapsed; {@code lines} its lines where it has line breaks (a Word masthead cell "Distr.: General\n…").
 */
record Unit(SourceBlock block, SourceParagraph paragraph, SourcePlace place, String text) {
    static Unit of(SourceParagraph paragraph) {
        return new Unit(paragraph, paragraph, paragraph.place(), oneLine(paragraph.plainText()));
    }

    static Unit of(SourceTable table) {
        return new Unit(table, null, table.place(), oneLine(table.plainText()));
    }

    boolean isTable() {
        return paragraph == null;
    }

    SourceTable table() {
        return (SourceTable) block;
    }

    String[] lines() {
        return block.plainText().strip().split("\\s*\n\\s*");
    }

    static String oneLine(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u00A0]+");
}
