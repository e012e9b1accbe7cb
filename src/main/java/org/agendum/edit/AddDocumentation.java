package org.agendum.edit;

import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/** Adds a document to an item's Documentation list at {@code index}. */
public record AddDocumentation(ItemId id, int index, DocumentationEntry entry) implements Edit {
    @Override
    public String label() {
        return "Add document";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        return AgendaEdits.changeDocumentation(meeting, id, list -> Lists.inserted(list, index, entry));
    }
}
