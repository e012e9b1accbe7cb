package org.agendum.ui.tree;

import java.util.List;
import java.util.Objects;
import org.agendum.gesture.ItemsText;
import org.agendum.model.Agenda;
import org.agendum.model.ItemId;
import org.agendum.model.ItemMark;
import org.agendum.model.Language;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.LanguageNumbering;

/**
 * What one line of the agenda tree shows: "1. Organizational matters", "(a) Opening of the meeting", whether
 * no meeting of the organization of work takes the item up (see {@link org.agendum.model.UnscheduledItems}), and
 * whether the item is still to be reviewed (taken over from last session's meeting) or translated (copied into another
 * language's version).
 */
public record AgendaRow(ItemId id, String label, String reference, String title, boolean unscheduled,
                        ItemMark mark) {
    static final String UNTITLED = ItemsText.UNTITLED;
    static final String UNSCHEDULED = "Not taken up in any meeting of the organization of work";
    static final String REVIEW = "To review: taken over from last session\u2019s meeting and not changed since";
    static final String TRANSLATE = "To translate: copied from the original language\u2019s version and not changed "
            + "since";

    public AgendaRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(mark, "mark");
    }

    public static AgendaRow of(Agenda.NumberedItem numbered, boolean unscheduled) {
        return of(numbered, unscheduled, DocumentLanguage.of(Language.ENGLISH.code()).numbering());
    }

    /**
     * The line with the item's label and reference in the forms of the document's language ("a)" in French, "(أ)" in
     * Arabic), as the Word export prints them, so that the officer sees the numbers the document will have.
     */
    public static AgendaRow of(Agenda.NumberedItem numbered, boolean unscheduled, LanguageNumbering numbering) {
        List<Integer> ordinals = numbered.ordinals();
        return new AgendaRow(numbered.item().id(), numbering.listLabel(numbered.depth(), ordinals.get(ordinals.size() - 1)),
                numbering.reference(ordinals), numbered.item().title(), unscheduled, numbered.item().mark());
    }

    /** The same line with another title, as a rename in place gives it. */
    public AgendaRow withTitle(String newTitle) {
        return new AgendaRow(id, label, reference, newTitle, unscheduled, mark);
    }

    public boolean isUntitled() {
        return title.isBlank();
    }

    /** The text of the tree cell: the derived label, then the title as typed (or a placeholder). */
    public String text() {
        return label + " " + (isUntitled() ? UNTITLED : title.strip());
    }

    /**
     * What a screen reader says for the line: its text, that the item is still to review or translate when it is, and
     * that it is not scheduled when it is not.
     */
    public String accessibleText() {
        StringBuilder said = new StringBuilder(text());
        for (String note : new String[] {markText(), unscheduled ? UNSCHEDULED : null}) {
            if (note != null) {
                said.append(said.charAt(said.length() - 1) == '.' ? " " : ". ").append(note).append('.');
            }
        }
        return said.toString();
    }

    /** What the item's mark means, in a sentence for a tooltip or a screen reader; null when it has none. */
    String markText() {
        return switch (mark) {
            case NONE -> null;
            case REVIEW -> REVIEW;
            case TRANSLATE -> TRANSLATE;
        };
    }
}
