package org.agendum.importing.source;

/** One block of the source in reading order: a paragraph or a table. */
public sealed interface SourceBlock permits SourceParagraph, SourceTable {
    SourcePlace place();

    /** The block's visible text: a table's cells joined by tabs and its rows by line breaks. */
    String plainText();
}
