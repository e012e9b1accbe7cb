package org.agendum.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendum.model.EntryId;
import org.agendum.model.NoteEntry;
import org.agendum.model.SlotId;

/**
 * The organization of work's changes, meetings matched by {@code SlotId} and entries by {@code EntryId}: what was
 * removed first (in the earlier order), then the current meetings in the annex's order, each meeting added or
 * retimed (another day, other times, another label), then its entries added, moved in from another meeting, or a
 * note reworded. An entry that changed place within its meeting only is not reported: the annex prints the same.
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
        old.entries.forEach((id, was) -> {
            if (!current.entries.containsKey(id)) {
                out.add(new Change.EntryRemoved(id, old.entryWords(was.entry()), old.meetingWords(was.slot()),
                        was.slot(), current.slots.containsKey(was.slot())));
            }
        });
        for (Map.Entry<SlotId, ScheduleIndex.PlacedSlot> slot : current.slots.entrySet()) {
            SlotId id = slot.getKey();
            ScheduleIndex.PlacedSlot now = slot.getValue();
            ScheduleIndex.PlacedSlot was = old.slots.get(id);
            if (was == null) {
                out.add(new Change.MeetingAdded(id, now.words()));
            } else if (!was.words().equals(now.words())) {
                out.add(new Change.MeetingRetimed(id, was.words(), now.words()));
            }
            now.slot().entries().forEach(entry -> out.addAll(entryChanges(entry.id(), old, current)));
        }
        return out;
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
