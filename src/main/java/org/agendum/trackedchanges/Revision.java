package org.agendum.trackedchanges;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who made the changes and when, as Word shows them on each one ("Agendum, 7 December 2026 19:52"). Word keeps a
 * change's date to the second.
 */
public record Revision(String author, Instant date) {
    /** The author unless the officer names one. */
    public static final String AUTHOR = "Agendum";

    public Revision {
        Objects.requireNonNull(author, "author");
        date = date.truncatedTo(ChronoUnit.SECONDS);
    }
}
