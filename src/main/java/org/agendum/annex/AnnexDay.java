package org.agendum.annex;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A day of the annex: its date, the date as the annex prints it ("Monday, 2 July") and its meetings in order. */
public record AnnexDay(LocalDate date, String dateText, List<AnnexMeeting> meetings) {
    public AnnexDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateText, "dateText");
        meetings = List.copyOf(meetings);
    }
}
