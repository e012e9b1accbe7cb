package org.agendum.edit;

import java.util.List;
import org.agendum.model.Meeting;

/** Several edits as one undo step (a paste of several items, a delete that also unschedules). */
public record CompositeEdit(String label, List<Edit> edits) implements Edit {
    public CompositeEdit {
        edits = List.copyOf(edits);
    }

    @Override
    public Meeting apply(Meeting meeting) {
        Meeting result = meeting;
        for (Edit edit : edits) {
            result = edit.apply(result);
        }
        return result;
    }
}
