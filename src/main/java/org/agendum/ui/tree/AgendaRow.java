package org.agendum.ui.tree;

import java.util.Objects;
import org.agendum.gesture.ItemsText;
import org.agendum.model.Agenda;
import org.agendum.model.ItemId;

/**
 * What one line of the agenda tree shows: "1. Organizational matters", "(a) Opening of the meeting", and whether
 * no meeting of the organization of work takes the item up (see {@link org.agendum.model.UnscheduledItems}).
 */
public record AgendaRow(ItemId id, String label, String reference, String title, boolean unscheduled) {
    static final String UNTITLED = ItemsText.UNTITLED;
    static final String UNSCHEDULED = "Not taken up in any meeting of the organization of work";

    public AgendaRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
    }

    public static AgendaRow of(Agenda.NumberedItem numbered, boolean unscheduled) {
        return new AgendaRow(numbered.item().id(), numbered.listLabel(), numbered.reference(), numbered.item().title(),
                unscheduled);
    }

    /** The same line with another title, as a rename in place gives it. */
    public AgendaRow withTitle(String newTitle) {
        return new AgendaRow(id, label, reference, newTitle, unscheduled);
    }

    public boolean isUntitled() {
        return title.isBlank();
    }

    /** The text of the tree cell: the derived label, then the title as typed (or a placeholder). */
    public String text() {
        return label + " " + (isUntitled() ? UNTITLED : title.strip());
    }

    /** What a screen reader says for the line: its text, and that the item is not scheduled when it is not. */
    public String accessibleText() {
        return unscheduled ? text() + ". " + UNSCHEDULED + "." : text();
    }
}
