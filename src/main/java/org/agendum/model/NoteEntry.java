package org.agendum.model;

import java.util.Objects;

/** Free text in a meeting, such as "Informal consultations" or "Closing of the session". */
public record NoteEntry(EntryId id, String text) implements ScheduleEntry {
    public NoteEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static NoteEntry of(String text) {
        return new NoteEntry(EntryId.random(), text);
    }
}
