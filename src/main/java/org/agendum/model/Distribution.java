package org.agendum.model;

/** Distribution category printed in the masthead ("Distr.: General"). */
public enum Distribution {
    GENERAL("General"),
    LIMITED("Limited"),
    RESTRICTED("Restricted");

    private final String label;

    Distribution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
