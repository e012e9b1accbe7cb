package org.agendum.model;

/** Stable identity of one meeting (a half-day slot) in the organization of work. */
public record SlotId(String value) {
    public SlotId {
        Ids.requireValid(value, "meeting id");
    }

    public static SlotId random() {
        return new SlotId(Ids.random("m"));
    }

    // equals and hashCode written out: a record's own are linked by invokedynamic the first time they run, some
    // milliseconds in a fresh JVM, and the command line compares ids at every start (RecordMethodsTest holds these
    // to what the record's would be)
    @Override
    public boolean equals(Object other) {
        return other instanceof SlotId id && value.equals(id.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
