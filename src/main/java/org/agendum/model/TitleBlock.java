package org.agendum.model;

import java.util.Objects;

/**
 * The end of the block under the masthead and the document's title. Documents issued under an item of a body's
 * own agenda print that item in two lines: "Item 2 of the provisional agenda" and, in bold under it, the item's
 * title; the first line may carry an asterisk footnote ("* E/CN.15/2011/1."). The title may carry one too: a
 * document submitted after the deadline says why in a footnote on its title (TD/TIMBER.3/1's "Provisional Agenda
 * and Annotations*"). Each part is empty when absent.
 *
 * @param agendaItemLine  "Item 2 of the provisional agenda", or empty
 * @param agendaItemTitle "Adoption of the agenda and other organizational matters" (bold), or empty
 * @param agendaItemNote  the asterisk footnote's text after "agenda*", or empty for no asterisk
 * @param title           the document's title, e.g. "Annotated provisional agenda"
 * @param titleNote       the asterisk footnote's text after the title, or empty for no asterisk
 */
public record TitleBlock(String agendaItemLine, String agendaItemTitle, String agendaItemNote, String title,
                         String titleNote) {
    public static final String DEFAULT_TITLE = AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA.standardTitle();

    /** No agenda item line, the usual title, no notes. */
    public static final TitleBlock DEFAULT = new TitleBlock("", "", "", DEFAULT_TITLE, "");

    public TitleBlock {
        Objects.requireNonNull(agendaItemLine, "agendaItemLine");
        Objects.requireNonNull(agendaItemTitle, "agendaItemTitle");
        Objects.requireNonNull(agendaItemNote, "agendaItemNote");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleNote, "titleNote");
    }

    public TitleBlock withAgendaItemLine(String v) {
        return new TitleBlock(v, agendaItemTitle, agendaItemNote, title, titleNote);
    }

    public TitleBlock withAgendaItemTitle(String v) {
        return new TitleBlock(agendaItemLine, v, agendaItemNote, title, titleNote);
    }

    public TitleBlock withAgendaItemNote(String v) {
        return new TitleBlock(agendaItemLine, agendaItemTitle, v, title, titleNote);
    }

    public TitleBlock withTitle(String v) {
        return new TitleBlock(agendaItemLine, agendaItemTitle, agendaItemNote, v, titleNote);
    }

    public TitleBlock withTitleNote(String v) {
        return new TitleBlock(agendaItemLine, agendaItemTitle, agendaItemNote, title, v);
    }
}
