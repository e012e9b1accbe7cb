package org.agendum.edit;

import java.util.HashSet;
import java.util.Set;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/**
 * Deletes an item with its sub-items. With {@code unschedule}, the entries that take them up in the
 * organization of work go too, in the same undo step; without it, validation flags those entries.
 */
public record DeleteItem(ItemId id, boolean unschedule) implements Edit {
    @Override
    public String label() {
        return "Delete item";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        AgendaItem item = AgendaEdits.existing(meeting, id);
        Meeting after = meeting.withAgenda(meeting.agenda().remove(id));
        if (!unschedule) {
            return after;
        }
        Set<ItemId> gone = new HashSet<>();
        item.selfAndDescendants().forEach(i -> gone.add(i.id()));
        return after.withOrganization(after.organization()
                .withoutEntries(e -> e instanceof ItemEntry entry && gone.contains(entry.item())));
    }
}
