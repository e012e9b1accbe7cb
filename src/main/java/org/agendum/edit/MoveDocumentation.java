package org.agendum.edit;

import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/** Reorders an item's Documentation list: the entry at {@code from} ends at {@code to}. */
public record MoveDocumentation(ItemId id, int from, int to) implements Edit {
    @Override
    public String label() {
        return "Move document";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        return AgendaEdits.changeDocumentation(meeting, id, list -> Lists.moved(list, from, to));
    }
}
