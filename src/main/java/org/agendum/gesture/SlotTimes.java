package org.agendum.gesture;

import java.time.LocalTime;
import java.util.Objects;

/** What the officer sets for one meeting: when it starts and ends, and its optional label ("" for none). */
public record SlotTimes(LocalTime start, LocalTime end, String label) {
    public SlotTimes {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        label = label == null ? "" : label.strip();
    }
}
