package org.agendum.model;

/** Where the document is issued; it decides paper size, margins and the job-number form (docs/un-format.md §1). */
public enum DutyStation {
    VIENNA("Vienna"),
    NEW_YORK("New York"),
    GENEVA("Geneva");

    private final String city;

    DutyStation(String city) {
        this.city = city;
    }

    public String city() {
        return city;
    }
}
