package org.agendum.edit;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/** Adds an item (with any sub-items it carries, as a paste does) under {@code parent} (null: top level) at {@code index}. */
public record AddItem(ItemId parent, int index, AgendaItem item) implements Edit {
    @Override
    public String label() {
        return parent == null ? "Add item" : "Add sub-item";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        var agenda = meeting.agenda();
        AgendaEdits.checkParent(agenda, parent);
        AgendaEdits.checkIndex(agenda, parent, index);
        AgendaEdits.checkDepth(agenda, parent, item);
        Set<ItemId> incoming = new HashSet<>();
        item.selfAndDescendants().forEach(i -> incoming.add(i.id()));
        if (incoming.size() != item.selfAndDescendants().size() || !Collections.disjoint(incoming, agenda.allIds())) {
            throw new EditRejectedException("The item to add has an id already used in this agenda.");
        }
        return meeting.withAgenda(agenda.insert(parent, index, item));
    }
}
