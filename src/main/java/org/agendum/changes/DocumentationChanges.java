package org.agendum.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;

/**
 * An item's Documentation list compared entry by entry (java-diff-utils on the entries). An entry gone from one
 * place and come, the same, at another moved (the officer dragged it). Of the others, where entries were replaced,
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
        List<AbstractDelta<DocumentationEntry>> deltas = DiffUtils.diff(old, current).getDeltas();
        // an entry gone and the same entry come is one move: pair each come entry with the first such gone one
        Set<Integer> movedFrom = new HashSet<>();
        Set<Integer> movedTo = new HashSet<>();
        List<Change> moves = new ArrayList<>();
        for (AbstractDelta<DocumentationEntry> came : deltas) {
            for (int j = 0; j < came.getTarget().size(); j++) {
                int to = came.getTarget().getPosition() + j;
                int from = gone(deltas, old, current.get(to), movedFrom);
                if (from >= 0) {
                    movedFrom.add(from);
                    movedTo.add(to);
                    moves.add(new Change.DocumentationMoved(item, number, from, to, current.get(to)));
                }
            }
        }
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<DocumentationEntry> delta : deltas) {
            List<Integer> gone = positions(delta.getSource().getPosition(), delta.getSource().size(), movedFrom);
            List<Integer> came = positions(delta.getTarget().getPosition(), delta.getTarget().size(), movedTo);
            int paired = Math.min(gone.size(), came.size());
            for (int i = 0; i < paired; i++) {
                out.add(new Change.DocumentationChanged(item, number, came.get(i), old.get(gone.get(i)),
                        current.get(came.get(i))));
            }
            for (int i = paired; i < gone.size(); i++) {
                out.add(new Change.DocumentationRemoved(item, number, old.get(gone.get(i))));
            }
            for (int i = paired; i < came.size(); i++) {
                out.add(new Change.DocumentationAdded(item, number, came.get(i), current.get(came.get(i))));
            }
        }
        out.addAll(moves);
        return out;
    }

    /** The first place of the earlier list an equal entry went from, not yet taken by a move; -1 if none. */
    private static int gone(List<AbstractDelta<DocumentationEntry>> deltas, List<DocumentationEntry> old,
            DocumentationEntry entry, Set<Integer> taken) {
        for (AbstractDelta<DocumentationEntry> delta : deltas) {
            for (int i = 0; i < delta.getSource().size(); i++) {
                int from = delta.getSource().getPosition() + i;
                if (!taken.contains(from) && old.get(from).equals(entry)) {
                    return from;
                }
            }
        }
        return -1;
    }

    private static List<Integer> positions(int start, int size, Set<Integer> except) {
        List<Integer> out = new ArrayList<>();
        for (int i = start; i < start + size; i++) {
            if (!except.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }
}
