package org.agendum.edit;

import org.agendum.model.ItemId;
import org.agendum.model.ListEnd;
import org.agendum.model.Meeting;

/** Sets how an item's entry in the agenda list ends: as the rule derives it, or a mark of the officer's choice. */
public record SetListEnd(ItemId id, ListEnd listEnd) implements Edit {
    public SetListEnd {
        java.util.Objects.requireNonNull(listEnd, "listEnd");
    }

    @Override
    public String label() {
        return "Set list punctuation";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        AgendaEdits.existing(meeting, id);
        return meeting.withAgenda(meeting.agenda().replace(id, item -> item.withListEnd(listEnd)));
    }
}
