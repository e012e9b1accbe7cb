package org.agendum.model;

/** Stable identity of one meeting (a half-day slot) in the organization of work. */
public record SlotId(String value) {
    public SlotId {
        Ids.requireValid(value, "meeting id");
    }

    public static SlotId random() {
        return new SlotId(Ids.random("m"));
    }

    @Override
    public String toString() {
        return value;
    }
}
