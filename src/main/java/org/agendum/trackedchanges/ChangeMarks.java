package org.agendum.trackedchanges;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Makes the change elements ({@code w:ins}, {@code w:del}) of one document: each with an id of its own (Word
 * requires them unique), the author and the date.
 */
final class ChangeMarks {
    static final String INSERTED = "ins";
    static final String DELETED = "del";

    private final Document document;
    private final Revision revision;
    private int nextId = 1;

    ChangeMarks(Document document, Revision revision) {
        this.document = document;
        this.revision = revision;
    }

    Element mark(String kind) {
        Element mark = WordXml.element(document, kind);
        WordXml.setAttribute(mark, "id", String.valueOf(nextId++));
        WordXml.setAttribute(mark, "author", revision.author());
        WordXml.setAttribute(mark, "date", revision.date().toString());
        return mark;
    }

    Document document() {
        return document;
    }
}
