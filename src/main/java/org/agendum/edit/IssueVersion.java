package org.agendum.edit;

import java.time.LocalDate;
import java.util.Objects;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.agendum.model.Meeting;

/**
 * File ▸ Issue…: records the meeting as it is now as issued under {@code symbol} on {@code date}. One step on the
 * stack like any other (decision 0003), so Undo takes the issued version back out.
 */
public record IssueVersion(String symbol, LocalDate date, IssueKind kind) implements Edit {
    public IssueVersion {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String label() {
        return "Issue " + symbol;
    }

    @Override
    public Meeting apply(Meeting meeting) {
        return record(meeting, meeting);
    }

    /**
     * The same issue with {@code circulated} as the version, whatever the meeting has become since: an export of the
     * circulated version records the meeting it exported, even if the officer typed on while it ran.
     */
    public Edit of(Meeting circulated) {
        Objects.requireNonNull(circulated, "circulated");
        return new Edit() {
            @Override
            public String label() {
                return IssueVersion.this.label();
            }

            @Override
            public Meeting apply(Meeting meeting) {
                return record(meeting, circulated);
            }
        };
    }

    private Meeting record(Meeting meeting, Meeting circulated) {
        if (symbol.isBlank()) {
            throw new EditRejectedException("An issued version needs its document symbol.");
        }
        return meeting.withIssued(new IssuedVersion(symbol.strip(), date, kind, circulated));
    }
}
