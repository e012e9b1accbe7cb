package org.agendum.edit;

import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.RichText;

/** Hands the annotation pane's text back to the item: one undo step for a whole editing spell. */
public record ReplaceAnnotation(ItemId id, RichText annotation) implements Edit {
    @Override
    public String label() {
        return "Edit annotation";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        AgendaEdits.existing(meeting, id);
        return meeting.withAgenda(meeting.agenda().replace(id, item -> item.withAnnotation(annotation)));
    }
}
