package org.agendum.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;

/**
 * The agenda's changes, items matched by id: removed items (in the earlier order), then the current items in order,
 * each with what happened to it (added; moved, renamed, its annotation's heading, its list punctuation, its
 * annotation and its Documentation changed). An item's review or translation mark is not compared: it is not part
 * of the document, only the officer's note of what is left to do.
 */
final class AgendaChanges {
    private AgendaChanges() {
    }

    static List<Change> between(ItemNumbers old, ItemNumbers current) {
        List<Change> out = new ArrayList<>();
        for (Agenda.NumberedItem was : old.inOrder()) {
            ItemId id = was.item().id();
            if (!current.contains(id)) {
                out.add(new Change.ItemRemoved(id, old.number(id), was.item().title()));
            }
        }
        Set<ItemId> moved = moved(old, current);
        for (Agenda.NumberedItem now : current.inOrder()) {
            AgendaItem item = now.item();
            ItemId id = item.id();
            String number = current.number(id);
            if (!old.contains(id)) {
                out.add(new Change.ItemAdded(id, number, item.title()));
                continue;
            }
            AgendaItem before = old.get(id).item();
            if (moved.contains(id)) {
                out.add(new Change.ItemMoved(id, old.number(id), number, item.title()));
            }
            if (!before.title().equals(item.title())) {
                out.add(new Change.ItemRenamed(id, number, before.title(), item.title()));
            }
            if (!before.heading().equals(item.heading())) {
                out.add(new Change.HeadingChanged(id, number, before.heading(), item.heading()));
            }
            if (before.listEnd() != item.listEnd()) {
                out.add(new Change.ListEndChanged(id, number, before.listEnd(), item.listEnd()));
            }
            out.addAll(AnnotationChanges.between(id, number, old.firstFootnote(id), current.firstFootnote(id),
                    before.annotation(), item.annotation()));
            out.addAll(DocumentationChanges.between(id, number, before.documentation(), item.documentation()));
        }
        return out;
    }

    /**
     * The items that are in another place: under another parent, or out of order among the siblings they had and
     * still have. Of those siblings, the longest run still in the same order stays put (java-diff-utils' diff of the
     * two orders); the others moved. So moving item 4 above item 2 moves item 4 only, not items 2 and 3, whose
     * numbers change but whose place among the others does not; the sub-items of a moved item move with it.
     */
    static Set<ItemId> moved(ItemNumbers old, ItemNumbers current) {
        Set<ItemId> moved = new HashSet<>();
        Map<ItemId, List<ItemId>> oldSiblings = new LinkedHashMap<>();
        Map<ItemId, List<ItemId>> newSiblings = new LinkedHashMap<>();
        for (Agenda.NumberedItem now : current.inOrder()) {
            ItemId id = now.item().id();
            if (!old.contains(id)) {
                continue;
            }
            if (!Objects.equals(old.get(id).parent(), now.parent())) {
                moved.add(id);
            } else {
                newSiblings.computeIfAbsent(now.parent(), p -> new ArrayList<>()).add(id);
            }
        }
        for (Agenda.NumberedItem was : old.inOrder()) {
            ItemId id = was.item().id();
            if (current.contains(id) && !moved.contains(id)) {
                oldSiblings.computeIfAbsent(was.parent(), p -> new ArrayList<>()).add(id);
            }
        }
        newSiblings.forEach((parent, now) -> {
            for (AbstractDelta<ItemId> delta : DiffUtils.diff(oldSiblings.get(parent), now).getDeltas()) {
                moved.addAll(delta.getTarget().getLines());
            }
        });
        return moved;
    }
}
