package org.agendum.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendum.model.Day;
import org.agendum.model.EntryId;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.typography.UnDates;

/**
 * The organization of work's changes, meetings matched by {@code SlotId} and entries by {@code EntryId}: what was
 * removed first (in the earlier order), then the current meetings in the annex's order, each meeting added or
 * retimed (another day, other times, another label), then its entries added, moved in from another meeting, moved
 * within it (the annex lists them in their order), or a note reworded. A day is told by its meetings (added, retimed
 * to another date, removed), except a day without meetings, which the annex prints all the same: it is added or
 * removed by its date. Meetings held at the same times on one day are in the order the annex prints them: one put
 * before another is reported too.
 */
final class ScheduleChanges {
    private ScheduleChanges() {
    }

    static List<Change> between(ScheduleIndex old, ScheduleIndex current) {
        List<Change> out = new ArrayList<>();
        old.slots.forEach((id, was) -> {
            if (!current.slots.containsKey(id)) {
                out.add(new Change.MeetingRemoved(id, was.words()));
            }
        });
        old.days.forEach((date, was) -> {
            if (was.meetings().isEmpty() && !current.days.containsKey(date)) {
                out.add(new Change.DayRemoved(UnDates.weekdayAndDate(date)));
            }
        });
        old.entries.forEach((id, was) -> {
            if (!current.entries.containsKey(id)) {
                out.add(new Change.EntryRemoved(id, old.entryWords(was.entry()), old.meetingWords(was.slot()),
                        was.slot(), current.slots.containsKey(was.slot())));
            }
        });
        int dayIndex = 0;
        Set<SlotId> seen = new HashSet<>(); // a meeting once, even where a damaged file has its id twice
        for (Day day : current.dayList) {
            if (day.meetings().isEmpty() && !old.days.containsKey(day.date())) {
                out.add(new Change.DayAdded(dayIndex, UnDates.weekdayAndDate(day.date())));
            }
            dayIndex++;
            Set<SlotId> reorderedSlots = reorderedSlots(day, old, current);
            for (MeetingSlot slot : day.meetings()) {
                SlotId id = slot.id();
                if (!seen.add(id)) {
                    continue;
                }
                ScheduleIndex.PlacedSlot now = current.slots.get(id);
                ScheduleIndex.PlacedSlot was = old.slots.get(id);
                if (was == null) {
                    out.add(new Change.MeetingAdded(id, now.words()));
                } else if (!was.words().equals(now.words())) {
                    out.add(new Change.MeetingRetimed(id, was.words(), now.words()));
                }
                if (reorderedSlots.contains(id)) {
                    out.add(reorderedSlot(slot, day, current));
                }
                Set<EntryId> reordered = was == null ? Set.of() : reordered(was.slot(), slot);
                for (ScheduleEntry entry : slot.entries()) {
                    out.addAll(entryChanges(entry.id(), old, current));
                    if (reordered.contains(entry.id())) {
                        out.add(reorderedEntry(entry, slot, current));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The entries in another place among those the meeting had before and still has: of those, the longest run
     * still in the same order stays put (java-diff-utils, as for the agenda's items), the others moved.
     */
    private static Set<EntryId> reordered(MeetingSlot was, MeetingSlot now) {
        Set<EntryId> before = new HashSet<>();
        was.entries().forEach(entry -> before.add(entry.id()));
        List<EntryId> staying = now.entries().stream().map(ScheduleEntry::id).filter(before::contains).toList();
        Set<EntryId> after = new HashSet<>(staying);
        List<EntryId> earlier = was.entries().stream().map(ScheduleEntry::id).filter(after::contains).toList();
        Set<EntryId> out = new HashSet<>();
        for (AbstractDelta<EntryId> delta : DiffUtils.diff(earlier, staying).getDeltas()) {
            out.addAll(delta.getTarget().getLines());
        }
        return out;
    }

    /**
     * The meetings of a day in another order among those it had at the same times: a day keeps its meetings in time
     * order, so only meetings held at the same times (parallel meetings) can change places without being retimed.
     * Retimed meetings are left out (their new times say it), and of the others the longest run in the same order
     * stays put.
     */
    private static Set<SlotId> reorderedSlots(Day day, ScheduleIndex old, ScheduleIndex current) {
        Set<SlotId> kept = new HashSet<>();
        for (MeetingSlot slot : day.meetings()) {
            ScheduleIndex.PlacedSlot was = old.slots.get(slot.id());
            if (was != null && was.words().equals(current.slots.get(slot.id()).words())) {
                kept.add(slot.id());
            }
        }
        if (kept.size() < 2) {
            return Set.of();
        }
        List<SlotId> now = day.meetings().stream().map(MeetingSlot::id).filter(kept::contains).toList();
        List<SlotId> earlier = old.slots.keySet().stream().filter(kept::contains).toList();
        Set<SlotId> out = new HashSet<>();
        for (AbstractDelta<SlotId> delta : DiffUtils.diff(earlier, now).getDeltas()) {
            out.addAll(delta.getTarget().getLines());
        }
        return out;
    }

    /** The meeting now before the next one at the same times, or after the one before it when it is last. */
    private static Change reorderedSlot(MeetingSlot slot, Day day, ScheduleIndex current) {
        List<MeetingSlot> meetings = day.meetings().stream()
                .filter(other -> other.start().equals(slot.start()) && other.end().equals(slot.end())).toList();
        if (meetings.size() < 2) {
            meetings = day.meetings(); // cannot be, the day being in time order; the day's neighbour then
        }
        int at = meetings.indexOf(slot);
        boolean before = at + 1 < meetings.size();
        MeetingSlot neighbour = meetings.get(before ? at + 1 : at - 1);
        String words = current.meetingWords(slot.id());
        String other = current.meetingWords(neighbour.id());
        return new Change.MeetingReordered(slot.id(), words,
                other.equals(words) ? "the other meeting at the same times" : "the meeting of " + other, before);
    }

    /** The entry now before the next one in its meeting, or after the one before it when it is last. */
    private static Change reorderedEntry(ScheduleEntry entry, MeetingSlot slot, ScheduleIndex current) {
        List<ScheduleEntry> entries = slot.entries();
        int at = entries.indexOf(entry);
        boolean before = at + 1 < entries.size();
        ScheduleEntry neighbour = entries.get(before ? at + 1 : at - 1);
        return new Change.EntryReordered(entry.id(), current.entryWords(entry), current.meetingWords(slot.id()),
                neighbour.id(), current.entryWords(neighbour), before);
    }

    private static List<Change> entryChanges(EntryId id, ScheduleIndex old, ScheduleIndex current) {
        ScheduleIndex.PlacedEntry now = current.entries.get(id);
        ScheduleIndex.PlacedEntry was = old.entries.get(id);
        String what = current.entryWords(now.entry());
        String meeting = current.meetingWords(now.slot());
        if (was == null) {
            return List.of(new Change.EntryAdded(id, what, meeting));
        }
        List<Change> out = new ArrayList<>();
        if (!was.slot().equals(now.slot())) {
            out.add(new Change.EntryMoved(id, what, old.meetingWords(was.slot()), meeting));
        }
        if (was.entry() instanceof NoteEntry before && now.entry() instanceof NoteEntry after
                && !before.text().equals(after.text())) {
            out.add(new Change.NoteChanged(id, meeting, before.text(), after.text()));
        }
        return out;
    }
}
