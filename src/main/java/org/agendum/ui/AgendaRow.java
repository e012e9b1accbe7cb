package org.agendum.ui;

import java.util.Objects;
import org.agendum.model.Agenda;
import org.agendum.model.ItemId;

/** What one line of the agenda tree shows: "1. Organizational matters", "(a) Opening of the meeting". */
public record AgendaRow(ItemId id, String label, String reference, String title) {
    static final String UNTITLED = "Untitled item";

    public AgendaRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
    }

    public static AgendaRow of(Agenda.NumberedItem numbered) {
        return new AgendaRow(numbered.item().id(), numbered.listLabel(), numbered.reference(), numbered.item().title());
    }

    /** The same line with another title, as a rename in place gives it. */
    public AgendaRow withTitle(String newTitle) {
        return new AgendaRow(id, label, reference, newTitle);
    }

    public boolean isUntitled() {
        return title.isBlank();
    }

    /** The text of the tree cell: the derived label, then the title as typed (or a placeholder). */
    public String text() {
        return label + " " + (isUntitled() ? UNTITLED : title.strip());
    }
}
