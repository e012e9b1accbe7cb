package org.agendum.edit;

import java.util.Optional;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/**
 * Sets the heading an item's annotation has where it differs from its list title (empty: the title).
 * Consecutive changes of one item's heading (typing) merge into one undo step.
 */
public record EditItemHeading(ItemId id, String heading) implements Edit {
    public EditItemHeading {
        java.util.Objects.requireNonNull(heading, "heading");
    }

    @Override
    public String label() {
        return "Edit annotation heading";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        AgendaEdits.existing(meeting, id);
        return meeting.withAgenda(meeting.agenda().replace(id, item -> item.withHeading(heading)));
    }

    @Override
    public Optional<Edit> mergedWith(Edit next) {
        return next instanceof EditItemHeading edit && edit.id.equals(id) ? Optional.of(edit) : Optional.empty();
    }
}
