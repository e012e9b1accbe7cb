package org.agendum.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How the document goes through document processing: the duty station that issues it (paper size, margins, the
 * form of the job line) and the job number it was given (the first page's job line and barcode, the footers),
 * empty until there is one. Neither is printed among the lines about the meeting: a meeting held in one city may
 * be processed in another. The job line also prints two dates, "V.15-05911 (E)    030915    040915": when the
 * text was processed and when the document was issued; each is the date of issue unless set.
 */
public record Processing(DutyStation dutyStation, String jobNumber, Optional<LocalDate> processedOn,
                         Optional<LocalDate> releasedOn) {
    public Processing {
        Objects.requireNonNull(dutyStation, "dutyStation");
        Objects.requireNonNull(jobNumber, "jobNumber");
        Objects.requireNonNull(processedOn, "processedOn");
        Objects.requireNonNull(releasedOn, "releasedOn");
    }

    /** No job dates of its own: both are the date of issue. */
    public Processing(DutyStation dutyStation, String jobNumber) {
        this(dutyStation, jobNumber, Optional.empty(), Optional.empty());
    }

    public Processing withDutyStation(DutyStation v) {
        return new Processing(v, jobNumber, processedOn, releasedOn);
    }

    public Processing withJobNumber(String v) {
        return new Processing(dutyStation, v, processedOn, releasedOn);
    }

    public Processing withProcessedOn(Optional<LocalDate> v) {
        return new Processing(dutyStation, jobNumber, v, releasedOn);
    }

    public Processing withReleasedOn(Optional<LocalDate> v) {
        return new Processing(dutyStation, jobNumber, processedOn, v);
    }
}
