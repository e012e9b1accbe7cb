package org.agendum.model;

/** Stable identity of one entry in a meeting of the organization of work (the same item may be entered twice). */
public record EntryId(String value) {
    public EntryId {
        Ids.requireValid(value, "entry id");
    }

    public static EntryId random() {
        return new EntryId(Ids.random("e"));
    }

    @Override
    public String toString() {
        return value;
    }
}
