package org.agendum.trackedchanges;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Makes the change elements ({@code w:ins}, {@code w:del}, {@code w:rPrChange}) of one document: each with an id of
 * its own (Word requires them unique), the author and the date.
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

    static final String FORMAT_CHANGED = "rPrChange";

    /**
     * A run's change of format: {@code w:rPrChange} holding the old {@code w:rPr} ({@code old} may be null, a run
     * that had no format of its own), to go last in the run's new {@code w:rPr}.
     */
    Element formatChange(Element old) {
        Element change = mark(FORMAT_CHANGED);
        Element format = WordXml.element(document, "rPr");
        if (old != null) {
            for (Element property : WordXml.children(old)) {
                if (!WordXml.is(property, FORMAT_CHANGED)) {
                    format.appendChild(document.importNode(property, true));
                }
            }
        }
        change.appendChild(format);
        return change;
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
