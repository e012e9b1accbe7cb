package org.agendum.importing.recognize;

import java.util.Objects;
import org.agendum.model.Meeting;

/** What an import gives: the meeting recognized in the document, and the report of how each part was read. */
public record ImportResult(Meeting meeting, ImportReport report) {
    public ImportResult {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(report, "report");
    }
}
