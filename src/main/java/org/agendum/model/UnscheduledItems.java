package org.agendum.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The agenda items that no meeting of the organization of work takes up. The validator warns about them and the
 * agenda tree marks them, so both ask here.
 *
 * <p>An item counts as taken up when it, or an item above it, has an entry (opening a group covers its
 * sub-items). An item with sub-items is covered by them: it is never reported itself, its uncovered sub-items
 * are. Notes are not items and count for nothing.
 */
public final class UnscheduledItems {
    private UnscheduledItems() {
    }

    /**
     * The items not taken up, in document order. Empty while the organization has no meetings at all: then
     * nothing is planned yet, which is one fact about the organization, not one about every item.
     */
    public static Set<ItemId> in(Meeting meeting) {
        OrganizationOfWork work = meeting.organization();
        if (work.allSlots().isEmpty()) {
            return Set.of();
        }
        Set<ItemId> out = new LinkedHashSet<>();
        collect(meeting.agenda().items(), work.scheduledItems(), out);
        return Collections.unmodifiableSet(out);
    }

    private static void collect(List<AgendaItem> items, Set<ItemId> scheduled, Set<ItemId> out) {
        for (AgendaItem item : items) {
            if (scheduled.contains(item.id())) {
                continue; // it and everything below it are taken up
            }
            if (item.hasSubItems()) {
                collect(item.subItems(), scheduled, out);
            } else {
                out.add(item.id());
            }
        }
    }
}
