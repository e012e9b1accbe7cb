package org.agendum.programme.ics;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Sequence;

/**
 * SEQUENCE and DTSTAMP of each event, decided without any state kept beside the meeting file.
 *
 * <p>The choice (docs/programme.md): every event carries a hash of what it says ({@link #CONTENT}). When the file
 * being replaced holds the event with the same hash, the event keeps its SEQUENCE and DTSTAMP, so exporting an
 * unchanged meeting again writes the same file. An event that is new or changed gets the export's minute counted
 * from 2000 as its SEQUENCE, or one more than before if that is higher: it only ever goes up, also when the calendar
 * is exported to another file or from another computer, which a counter kept in the calendar file alone could not
 * promise. (RFC 5545 §3.8.7.4 asks only that it grow with every significant change.)
 */
final class PreviousEvents {
    /** The hash of an event's summary, description, location, times and zone, as an extension property. */
    static final String CONTENT = "X-AGENDUM-CONTENT";
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    private record Previous(String content, int sequence, Instant stamp) {
    }

    /** What a kept event gets: its sequence and stamp. */
    record Version(int sequence, Instant stamp) {
    }

    private final Map<String, Previous> byUid;

    private PreviousEvents(Map<String, Previous> byUid) {
        this.byUid = byUid;
    }

    static PreviousEvents none() {
        return new PreviousEvents(Map.of());
    }

    /** The events of the calendar being replaced; none when it is missing or not a calendar Agendum can read. */
    static PreviousEvents of(Optional<byte[]> calendar) {
        if (calendar.isEmpty()) {
            return none();
        }
        try {
            Calendar parsed = new CalendarBuilder().build(
                    new StringReader(new String(calendar.get(), StandardCharsets.UTF_8)));
            Map<String, Previous> byUid = new HashMap<>();
            for (VEvent event : parsed.<VEvent>getComponents(Component.VEVENT)) {
                Optional<Property> uid = event.getProperty(Property.UID);
                Optional<Property> content = event.getProperty(CONTENT);
                Optional<Sequence> sequence = event.getProperty(Property.SEQUENCE);
                Optional<DtStamp> stamp = event.getDateStamp();
                if (uid.isPresent() && content.isPresent() && sequence.isPresent() && stamp.isPresent()) {
                    byUid.put(uid.get().getValue(), new Previous(content.get().getValue(),
                            sequence.get().getSequenceNo(), stamp.get().getDate()));
                }
            }
            return new PreviousEvents(byUid);
        } catch (IOException | ParserException | RuntimeException e) {
            return none(); // another program's file, or a damaged one: every event is then new
        }
    }

    Version version(String uid, String content, Instant now) {
        Previous previous = byUid.get(uid);
        if (previous != null && previous.content.equals(content)) {
            return new Version(previous.sequence, previous.stamp);
        }
        int minute = (int) ChronoUnit.MINUTES.between(SEQUENCE_EPOCH, now);
        int sequence = previous == null ? minute : Math.max(minute, previous.sequence + 1);
        return new Version(Math.max(sequence, 0), now.truncatedTo(ChronoUnit.SECONDS));
    }
}
