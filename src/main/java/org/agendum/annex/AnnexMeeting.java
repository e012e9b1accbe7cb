package org.agendum.annex;

import java.util.List;
import java.util.Objects;
import org.agendum.model.MeetingSlot;

/**
 * A meeting of the annex: the meeting itself (its id, times and label), its time as the annex prints it ("10
 * a.m.–1 p.m.") and what it takes up, in order.
 */
public record AnnexMeeting(MeetingSlot slot, String timeText, List<AnnexEntry> entries) {
    public AnnexMeeting {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(timeText, "timeText");
        entries = List.copyOf(entries);
    }

    /** The meeting's label ("Plenary"), empty when it has none; the annex prints it under the time. */
    public String label() {
        return slot.label();
    }
}
