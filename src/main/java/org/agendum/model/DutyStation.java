package org.agendum.model;

import java.time.ZoneId;

/**
 * Where the document is issued; it decides paper size, margins and the job-number form (docs/un-format.md §1), and
 * the time zone the programme's calendar gives its meetings in unless the officer names another.
 */
public enum DutyStation {
    VIENNA("Vienna", Paper.A4, "Europe/Vienna"),
    NEW_YORK("New York", Paper.US_LETTER, "America/New_York"),
    // Geneva keeps Switzerland's time, which the time-zone database names after Zurich
    GENEVA("Geneva", Paper.A4, "Europe/Zurich");

    private final String city;
    private final Paper paper;
    private final ZoneId timeZone;

    DutyStation(String city, Paper paper, String timeZone) {
        this.city = city;
        this.paper = paper;
        this.timeZone = ZoneId.of(timeZone);
    }

    public String city() {
        return city;
    }

    /** New York prints on US Letter, Vienna and Geneva on A4. */
    public Paper paper() {
        return paper;
    }

    public ZoneId timeZone() {
        return timeZone;
    }
}
