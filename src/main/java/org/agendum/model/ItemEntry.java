package org.agendum.model;

import java.util.Objects;

/** An agenda item taken up in a meeting; the item is referred to by id, so renumbering never breaks it. */
public record ItemEntry(EntryId id, ItemId item) implements ScheduleEntry {
    public ItemEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
    }

    public static ItemEntry of(ItemId item) {
        return new ItemEntry(EntryId.random(), item);
    }
}
