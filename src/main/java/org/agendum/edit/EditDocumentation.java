package org.agendum.edit;

import java.util.Optional;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/** Changes the description or symbol of one Documentation entry; typing in one entry merges into one step. */
public record EditDocumentation(ItemId id, int index, DocumentationEntry entry) implements Edit {
    @Override
    public String label() {
        return "Edit document";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        return AgendaEdits.changeDocumentation(meeting, id, list -> Lists.replaced(list, index, entry));
    }

    @Override
    public Optional<Edit> mergedWith(Edit next) {
        return next instanceof EditDocumentation e && e.id.equals(id) && e.index == index
                ? Optional.of(e) : Optional.empty();
    }
}
