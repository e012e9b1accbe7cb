package org.agendum.edit;

import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/** Removes one entry from an item's Documentation list. */
public record RemoveDocumentation(ItemId id, int index) implements Edit {
    @Override
    public String label() {
        return "Remove document";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        return AgendaEdits.changeDocumentation(meeting, id, list -> Lists.removed(list, index));
    }
}
