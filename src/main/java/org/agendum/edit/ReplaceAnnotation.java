package org.agendum.edit;

import java.util.Optional;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.RichText;

/**
 * Sets an item's annotation. The annotation pane executes one on every change of its text; consecutive ones for one
 * item merge into one undo step (a spell of typing) until the pane closes the group (a pause, a new paragraph, a
 * change of style, the caret moved elsewhere).
 */
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

    @Override
    public Optional<Edit> mergedWith(Edit next) {
        return next instanceof ReplaceAnnotation replace && replace.id.equals(id) ? Optional.of(replace)
                : Optional.empty();
    }
}
