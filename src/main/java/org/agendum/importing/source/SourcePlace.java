package org.agendum.importing.source;

import java.util.Objects;

/**
 * Where a block of the source came from, as the import report names it ("page 2, line 14", "paragraph 37",
 * "table 1, row 4"). {@code order} is the block's position in reading order (the header's blocks first), so
 * the report can sort by it and the window can go to it.
 */
public record SourcePlace(int order, String description) {
    public SourcePlace {
        Objects.requireNonNull(description, "description");
        if (order < 0) {
            throw new IllegalArgumentException("A place's order is 0 or more, was " + order);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
