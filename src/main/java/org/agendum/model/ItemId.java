package org.agendum.model;

import java.util.Objects;

/** Stable identity of an agenda item: survives renumbering, moves and renames, and is what files and the schedule refer to. */
public record ItemId(String value) {
    public ItemId {
        Ids.requireValid(value, "item id");
    }

    public static ItemId random() {
        return new ItemId(Ids.random("i"));
    }

    @Override
    public String toString() {
        return value;
    }

    static ItemId of(String value) {
        return new ItemId(Objects.requireNonNull(value));
    }
}
