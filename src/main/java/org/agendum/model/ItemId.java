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

    // equals and hashCode written out: a record's own are linked by invokedynamic the first time they run, some
    // milliseconds in a fresh JVM, and the command line compares ids at every start (RecordMethodsTest holds these
    // to what the record's would be)
    @Override
    public boolean equals(Object other) {
        return other instanceof ItemId id && value.equals(id.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    static ItemId of(String value) {
        return new ItemId(Objects.requireNonNull(value));
    }
}
