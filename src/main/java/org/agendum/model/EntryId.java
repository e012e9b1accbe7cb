package org.agendum.model;

/** Stable identity of one entry in a meeting of the organization of work (the same item may be entered twice). */
public record EntryId(String value) {
    public EntryId {
        Ids.requireValid(value, "entry id");
    }

    public static EntryId random() {
        return new EntryId(Ids.random("e"));
    }

    // equals and hashCode written out: a record's own are linked by invokedynamic the first time they run, some
    // milliseconds in a fresh JVM, and the command line compares ids at every start (RecordMethodsTest holds these
    // to what the record's would be)
    @Override
    public boolean equals(Object other) {
        return other instanceof EntryId id && value.equals(id.value);
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
