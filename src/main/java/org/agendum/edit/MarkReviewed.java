package org.agendum.edit;

import java.util.Objects;
import org.agendum.model.ItemId;
import org.agendum.model.ItemMark;
import org.agendum.model.Meeting;

/**
 * Takes the mark off an item without changing it: the officer has read last session's text, or the version's text
 * needs no translation (a name, a symbol), and it stands. An item not marked leaves the meeting as it was, so the stack
 * records no step.
 */
public record MarkReviewed(ItemId id) implements Edit {
    public MarkReviewed {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String label() {
        return "Mark as reviewed or translated";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        if (!AgendaEdits.existing(meeting, id).mark().isMarked()) {
            return meeting;
        }
        return meeting.withAgenda(meeting.agenda().replace(id, item -> item.withMark(ItemMark.NONE)));
    }
}
