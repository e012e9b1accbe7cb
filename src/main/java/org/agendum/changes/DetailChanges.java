package org.agendum.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agendum.model.DetailField;
import org.agendum.model.MeetingDetails;

/** The details' fields that differ, in the details editor's order, each under its label. */
final class DetailChanges {
    private DetailChanges() {
    }

    static List<Change> between(MeetingDetails old, MeetingDetails current) {
        List<Change> out = new ArrayList<>();
        for (DetailField<?> field : DetailField.values()) {
            Object was = field.get(old);
            Object now = field.get(current);
            if (!Objects.equals(was, now)) {
                out.add(new Change.DetailChanged(field, DetailValues.text(was), DetailValues.text(now)));
            }
        }
        return out;
    }
}
