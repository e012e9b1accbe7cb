package org.agendum.model;

import java.util.Objects;

/**
 * How the document goes through document processing: the duty station that issues it (paper size, margins, the
 * form of the job line) and the job number it was given (the first page's job line and barcode, the footers),
 * empty until there is one. Neither is printed among the lines about the meeting: a meeting held in one city may
 * be processed in another.
 */
public record Processing(DutyStation dutyStation, String jobNumber) {
    public Processing {
        Objects.requireNonNull(dutyStation, "dutyStation");
        Objects.requireNonNull(jobNumber, "jobNumber");
    }

    public Processing withDutyStation(DutyStation v) {
        return new Processing(v, jobNumber);
    }

    public Processing withJobNumber(String v) {
        return new Processing(dutyStation, v);
    }
}
