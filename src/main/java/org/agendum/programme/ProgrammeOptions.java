package org.agendum.programme;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How the programme is exported: the calendar's time zone (empty: the duty station's) and the clock that dates the
 * calendar's changes (tests give a fixed one).
 */
public record ProgrammeOptions(Optional<ZoneId> timeZone, Clock clock) {
    public static final ProgrammeOptions DEFAULT = new ProgrammeOptions(Optional.empty(), Clock.systemUTC());

    public ProgrammeOptions {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(clock, "clock");
    }

    public ProgrammeOptions withTimeZone(ZoneId zone) {
        return new ProgrammeOptions(Optional.of(zone), clock);
    }

    public ProgrammeOptions withClock(Clock value) {
        return new ProgrammeOptions(timeZone, value);
    }
}
