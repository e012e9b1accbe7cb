package org.agendum.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;

/**
 * An item's Documentation list compared entry by entry (java-diff-utils on the entries). Where entries were replaced,
 * as many as stand in the same places are reported as changed (a corrected symbol or description), the rest as
 * removed or added.
 */
final class DocumentationChanges {
    private DocumentationChanges() {
    }

    static List<Change> between(ItemId item, String number, List<DocumentationEntry> old,
            List<DocumentationEntry> current) {
        if (old.equals(current)) {
            return List.of();
        }
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<DocumentationEntry> delta : DiffUtils.diff(old, current).getDeltas()) {
            List<DocumentationEntry> gone = delta.getSource().getLines();
            List<DocumentationEntry> came = delta.getTarget().getLines();
            int at = delta.getTarget().getPosition();
            int paired = Math.min(gone.size(), came.size());
            for (int i = 0; i < paired; i++) {
                out.add(new Change.DocumentationChanged(item, number, at + i, gone.get(i), came.get(i)));
            }
            for (int i = paired; i < gone.size(); i++) {
                out.add(new Change.DocumentationRemoved(item, number, gone.get(i)));
            }
            for (int i = paired; i < came.size(); i++) {
                out.add(new Change.DocumentationAdded(item, number, at + i, came.get(i)));
            }
        }
        return out;
    }
}
