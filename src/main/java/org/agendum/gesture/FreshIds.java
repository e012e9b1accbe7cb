package org.agendum.gesture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;

/**
 * Ids for pasted items: an item keeps its id unless the agenda (or an item pasted before it) already uses it,
 * so a cut item pasted back keeps its schedule entries, and a copy pasted into its own meeting gets new ids.
 */
final class FreshIds {
    private FreshIds() {
    }

    static List<AgendaItem> renew(List<AgendaItem> items, Set<ItemId> taken) {
        Set<ItemId> used = new HashSet<>(taken);
        List<AgendaItem> out = new ArrayList<>(items.size());
        items.forEach(item -> out.add(renew(item, used)));
        return out;
    }

    private static AgendaItem renew(AgendaItem item, Set<ItemId> used) {
        ItemId id = item.id();
        while (!used.add(id)) {
            id = ItemId.random();
        }
        List<AgendaItem> children = new ArrayList<>(item.subItems().size());
        for (AgendaItem child : item.subItems()) {
            children.add(renew(child, used));
        }
        // everything but the id as it was: the heading, the list punctuation and the mark too (a cut item
        // pasted elsewhere has not been reviewed or translated by moving it)
        return new AgendaItem(id, item.title(), item.annotation(), item.documentation(), children, item.heading(),
                item.listEnd(), item.mark());
    }
}
