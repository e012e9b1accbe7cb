package org.agendum.model;

/** One line in a meeting of the organization of work: an agenda item, or free text. */
public sealed interface ScheduleEntry permits ItemEntry, NoteEntry {
    EntryId id();
}
