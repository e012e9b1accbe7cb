package org.agendum.corrigendum;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.agendum.model.Agenda;
import org.agendum.model.Day;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.typography.DocumentLanguage;

/**
 * One version's annex in a corrigendum's words, found by ids: a meeting as the version's annex prints its day and
 * time ("Lundi 2 juillet, 15 heures-18 heures"), an entry as "item 3" or "note “…”" with the version's numbers. The
 * changes carry the window's English words; a corrigendum is in the version's language, so it looks them up again.
 * An id the version does not have (changes made up by hand) falls back to the change's own words.
 */
final class AnnexWords {
    private record Placed(LocalDate date, MeetingSlot slot) {
    }

    private final CorrigendumWording wording;
    private final Map<SlotId, Placed> slots = new HashMap<>();
    private final Map<EntryId, ScheduleEntry> entries = new HashMap<>();
    private final Map<EntryId, SlotId> entrySlots = new HashMap<>();
    private final Map<ItemId, String> numbers = new HashMap<>();

    private AnnexWords(CorrigendumWording wording) {
        this.wording = wording;
    }

    /** No version to look in: every place is the change's own words. */
    static AnnexWords none(CorrigendumWording wording) {
        return new AnnexWords(wording);
    }

    static AnnexWords of(Meeting meeting, CorrigendumWording wording) {
        AnnexWords words = new AnnexWords(wording);
        for (Day day : meeting.organization().days()) {
            for (MeetingSlot slot : day.meetings()) {
                words.slots.put(slot.id(), new Placed(day.date(), slot));
                for (ScheduleEntry entry : slot.entries()) {
                    words.entries.put(entry.id(), entry);
                    words.entrySlots.put(entry.id(), slot.id());
                }
            }
        }
        var numbering = wording.language().numbering();
        for (Agenda.NumberedItem numbered : meeting.agenda().numbered()) {
            words.numbers.put(numbered.item().id(), numbering.reference(numbered.ordinals()));
        }
        return words;
    }

    /** The meeting {@code id} as the annex prints it, with its label in brackets. */
    String meeting(SlotId id, String fallback) {
        Placed placed = slots.get(id);
        if (placed == null) {
            return fallback;
        }
        DocumentLanguage language = wording.language();
        MeetingSlot slot = placed.slot();
        String label = slot.label().isBlank() ? "" : " (" + slot.label().strip() + ")";
        return wording.words("meeting", "day", language.dates().weekdayAndDayMonth(placed.date()),
                "time", language.times().meeting(slot.start(), slot.end())) + label;
    }

    /** The meeting the entry {@code id} stands in. */
    String meetingOf(EntryId id, String fallback) {
        SlotId slot = entrySlots.get(id);
        return slot == null ? fallback : meeting(slot, fallback);
    }

    /** "item 3", "note “Informal consultations”". */
    String entry(EntryId id, String fallback) {
        ScheduleEntry entry = entries.get(id);
        if (entry instanceof ItemEntry item) {
            String number = numbers.get(item.item());
            return number == null ? wording.words("entryGone") : wording.words("entryItem", "n", number);
        }
        if (entry instanceof NoteEntry note) {
            return wording.words("entryNote", "text", wording.quoted(note.text().strip()));
        }
        return fallback;
    }
}
