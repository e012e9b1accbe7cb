package org.agendum.programme.ics;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.agendum.model.Meeting;
import org.agendum.model.SlotId;

/**
 * The UID of a meeting's event: a name-based UUID of the document's symbol and the meeting's id, so that exporting
 * again, after any change, gives the same UID and a calendar updates the event instead of adding a second one. The
 * meeting's id is kept by every edit of its times, label and entries; a new session's document has another symbol,
 * so its events are new events. Without a symbol the id alone names it (ids are random per meeting).
 */
final class EventIds {
    private EventIds() {
    }

    static String uid(Meeting meeting, SlotId slot) {
        String name = meeting.details().masthead().symbol().strip() + "\n" + slot.value();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + "@agendum";
    }
}
