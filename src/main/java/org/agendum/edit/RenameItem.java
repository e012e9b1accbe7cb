package org.agendum.edit;

import java.util.Optional;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/** Sets an item's title. Consecutive renames of one item (typing) merge into one undo step. */
public record RenameItem(ItemId id, String title) implements Edit {
    public RenameItem {
        java.util.Objects.requireNonNull(title, "title");
    }

    @Override
    public String label() {
        return "Rename item";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        AgendaEdits.existing(meeting, id);
        return meeting.withAgenda(meeting.agenda().replace(id, item -> item.withTitle(title)));
    }

    @Override
    public Optional<Edit> mergedWith(Edit next) {
        return next instanceof RenameItem rename && rename.id.equals(id) ? Optional.of(rename) : Optional.empty();
    }
}
