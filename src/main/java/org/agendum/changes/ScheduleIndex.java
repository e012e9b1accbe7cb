package org.agendum.changes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.Day;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.typography.UnDates;
import org.agendum.typography.UnTimes;

/** One version's organization of work by ids, in the annex's order: each meeting with its day, each entry with its meeting. */
final class ScheduleIndex {
    record PlacedSlot(LocalDate date, MeetingSlot slot) {
        /** "Monday, 2 July, 10 a.m.–1 p.m." and the label in brackets, if the meeting has one. */
        String words() {
            String label = slot.label().isBlank() ? "" : " (" + slot.label() + ")";
            return UnDates.weekdayAndDate(date) + ", " + times() + label;
        }

        /**
         * "10 a.m.–1 p.m."; a meeting a file has ending before it starts (the validator reports it) as typed, as the
         * annex prints it: UnTimes.range refuses it, and the whole comparison failed with it.
         */
        private String times() {
            if (UnTimes.isRange(slot.start(), slot.end())) {
                return UnTimes.range(slot.start(), slot.end());
            }
            return UnTimes.time(slot.start()) + "\u2013" + UnTimes.time(slot.end());
        }
    }

    record PlacedEntry(ScheduleEntry entry, SlotId slot) {
    }

    final Map<SlotId, PlacedSlot> slots = new LinkedHashMap<>();
    final Map<EntryId, PlacedEntry> entries = new LinkedHashMap<>();
    /** The days in the annex's order, each by its date (a day has no id; the annex prints it by its date). */
    final Map<LocalDate, Day> days = new LinkedHashMap<>();
    /** Every day in order, even one whose date another day has too (a file may hold that; the edits refuse it). */
    final List<Day> dayList;
    private final ItemNumbers items;

    ScheduleIndex(OrganizationOfWork organization, ItemNumbers items) {
        this.items = items;
        dayList = organization.days();
        for (Day day : organization.days()) {
            days.putIfAbsent(day.date(), day);
            for (MeetingSlot slot : day.meetings()) {
                slots.put(slot.id(), new PlacedSlot(day.date(), slot));
                for (ScheduleEntry entry : slot.entries()) {
                    entries.put(entry.id(), new PlacedEntry(entry, slot.id()));
                }
            }
        }
    }

    String meetingWords(SlotId id) {
        return slots.get(id).words();
    }

    /** "item 3" (the item's number in this version) or "note “Informal consultations”". */
    String entryWords(ScheduleEntry entry) {
        if (entry instanceof ItemEntry item) {
            return items.contains(item.item()) ? "item " + items.number(item.item()) : "an item no longer on the agenda";
        }
        return "note " + Words.quotedOrBlank(((NoteEntry) entry).text());
    }
}
