package org.agendum.model;

import java.util.Objects;

/**
 * The end of the block under the masthead: the "Item 2 of the provisional agenda" line (empty when the document
 * has none) and the document's title ("Annotated provisional agenda").
 */
public record TitleBlock(String agendaItemLine, String title) {
    public static final String DEFAULT_TITLE = "Annotated provisional agenda";

    /** No agenda item line, the usual title. */
    public static final TitleBlock DEFAULT = new TitleBlock("", DEFAULT_TITLE);

    public TitleBlock {
        Objects.requireNonNull(agendaItemLine, "agendaItemLine");
        Objects.requireNonNull(title, "title");
    }

    public TitleBlock withAgendaItemLine(String v) {
        return new TitleBlock(v, title);
    }

    public TitleBlock withTitle(String v) {
        return new TitleBlock(agendaItemLine, v);
    }
}
