package org.agendum.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One circulated version of the document: the symbol it was issued under ("CTOC/COP/WG.4/2018/1/Rev.1"), the day,
 * the kind, and the meeting as it was then. The meeting is kept without issued versions of its own: the history
 * belongs to the document, not to each of its versions.
 */
public record IssuedVersion(String symbol, LocalDate date, IssueKind kind, Meeting meeting) {
    public IssuedVersion {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        meeting = Objects.requireNonNull(meeting, "meeting").withoutIssued();
    }
}
