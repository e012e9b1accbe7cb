package org.agendum.importing.word;

import org.agendum.importing.source.SourcePlace;

/** Hands out the places of blocks in reading order over the whole document: the header's first, then the body's. */
final class Places {
    private int next;

    SourcePlace place(String description) {
        return new SourcePlace(next++, description);
    }
}
