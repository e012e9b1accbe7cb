package org.agendum.ui.schedule;

import java.util.Map;
import java.util.Set;
import org.agendum.model.Agenda;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.NoteEntry;
import org.agendum.model.ScheduleEntry;
import org.agendum.typography.DocumentLanguage;

/**
 * What a chip in the grid says, as the version's annex prints it: the item's reference ("1 (a)", "1 a)", "1 (أ)"),
 * its title and "(continued)" when the item carries on from an earlier meeting ("(suite)", "（续）"); or a note's
 * text; or that the item was deleted. {@code continued} is null when the entry is not a continuation.
 */
public record EntryLine(Kind kind, String reference, String title, Continued continued) {
    public enum Kind { ITEM, NOTE, MISSING }

    /** The version's " (continued)": the brackets and the word, which alone is set in italics. */
    public record Continued(String open, String word, String close) {
        static Continued in(DocumentLanguage language) {
            return new Continued(language.label("annex.continued.open"), language.label("annex.continued"),
                    language.label("annex.continued.close"));
        }

        String text() {
            return open + word + close;
        }
    }

    static final String UNTITLED = "Untitled item";
    static final String MISSING_TITLE = "Deleted agenda item";

    public boolean isContinued() {
        return continued != null;
    }

    /** The whole line in words, for the accessible text, tooltips and tests. */
    public String text() {
        String line = reference.isEmpty() ? title : reference + " " + title;
        return isContinued() ? line + continued.text() : line;
    }

    static EntryLine of(ScheduleEntry entry, Map<ItemId, Agenda.NumberedItem> numbered, Set<?> continuations,
            DocumentLanguage language) {
        if (entry instanceof NoteEntry note) {
            return new EntryLine(Kind.NOTE, "", note.text(), null);
        }
        ItemEntry item = (ItemEntry) entry;
        Agenda.NumberedItem n = numbered.get(item.item());
        if (n == null) {
            return new EntryLine(Kind.MISSING, "", MISSING_TITLE, null);
        }
        String title = n.item().title().strip();
        return new EntryLine(Kind.ITEM, language.numbering().reference(n.ordinals()), title.isEmpty() ? UNTITLED : title,
                continuations.contains(entry.id()) ? Continued.in(language) : null);
    }
}
