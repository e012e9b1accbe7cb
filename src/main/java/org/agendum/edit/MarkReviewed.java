package org.agendum.edit;

import java.util.Objects;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/**
 * Takes the review mark off an item without changing it: the officer has read last session's text and it stands.
 * An item not marked leaves the meeting as it was, so the stack records no step.
 */
public record MarkReviewed(ItemId id) implements Edit {
    public MarkReviewed {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String label() {
        return "Mark as reviewed";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        if (!AgendaEdits.existing(meeting, id).review()) {
            return meeting;
        }
        return meeting.withAgenda(meeting.agenda().replace(id, item -> item.withReview(false)));
    }
}
