package org.agendum.model;

import java.util.Objects;

/** One line of an item's "Documentation" list: what the document is, then its symbol. */
public record DocumentationEntry(String description, String symbol) {
    public DocumentationEntry {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(symbol, "symbol");
    }
}
