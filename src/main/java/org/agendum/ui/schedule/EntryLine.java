package org.agendum.ui.schedule;

import java.util.Map;
import java.util.Set;
import org.agendum.model.Agenda;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.NoteEntry;
import org.agendum.model.ScheduleEntry;

/**
 * What a chip in the grid says, as the annex prints it: the item's reference ("1 (a)"), its title and
 * "(continued)" when the item carries on from an earlier meeting; or a note's text; or that the item was deleted.
 */
public record EntryLine(Kind kind, String reference, String title, boolean continued) {
    public enum Kind { ITEM, NOTE, MISSING }

    static final String UNTITLED = "Untitled item";
    static final String MISSING_TITLE = "Deleted agenda item";

    /** The whole line in words, for the accessible text, tooltips and tests. */
    public String text() {
        String line = reference.isEmpty() ? title : reference + " " + title;
        return continued ? line + " (continued)" : line;
    }

    static EntryLine of(ScheduleEntry entry, Map<ItemId, Agenda.NumberedItem> numbered, Set<?> continuations) {
        if (entry instanceof NoteEntry note) {
            return new EntryLine(Kind.NOTE, "", note.text(), false);
        }
        ItemEntry item = (ItemEntry) entry;
        Agenda.NumberedItem n = numbered.get(item.item());
        if (n == null) {
            return new EntryLine(Kind.MISSING, "", MISSING_TITLE, false);
        }
        String title = n.item().title().strip();
        return new EntryLine(Kind.ITEM, n.reference(), title.isEmpty() ? UNTITLED : title,
                continuations.contains(entry.id()));
    }
}
