package org.agendum.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;

/**
 * A meeting with its ids replaced by ids made from positions ("item-1.2", "slot-0.1", "entry-0.1.2"), and the
 * organization of work's references to items replaced with them, so that two meetings that say the same thing
 * compare equal with {@code equals} whatever ids their makers chose (an import makes its own). An entry that refers
 * to no item of the agenda keeps its id, marked as dangling.
 */
public final class MeetingsWithoutIds {
    private MeetingsWithoutIds() {
    }

    public static Meeting of(Meeting meeting) {
        Map<ItemId, ItemId> ids = new HashMap<>();
        Agenda agenda = new Agenda(renumber(meeting.agenda().items(), "item-", ids));
        List<Day> days = new ArrayList<>();
        for (int d = 0; d < meeting.organization().days().size(); d++) {
            Day day = meeting.organization().days().get(d);
            List<MeetingSlot> slots = new ArrayList<>();
            for (int s = 0; s < day.meetings().size(); s++) {
                MeetingSlot slot = day.meetings().get(s);
                List<ScheduleEntry> entries = new ArrayList<>();
                for (int e = 0; e < slot.entries().size(); e++) {
                    EntryId id = new EntryId("entry-" + d + "." + s + "." + e);
                    ScheduleEntry entry = slot.entries().get(e);
                    entries.add(entry instanceof ItemEntry item
                            ? new ItemEntry(id, ids.getOrDefault(item.item(), new ItemId("dangling-" + item.item())))
                            : new NoteEntry(id, ((NoteEntry) entry).text()));
                }
                slots.add(new MeetingSlot(new SlotId("slot-" + d + "." + s), slot.start(), slot.end(), slot.label(),
                        entries));
            }
            days.add(new Day(day.date(), slots));
        }
        return new Meeting(meeting.details(), agenda, new OrganizationOfWork(days));
    }

    private static List<AgendaItem> renumber(List<AgendaItem> items, String prefix, Map<ItemId, ItemId> ids) {
        List<AgendaItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            String id = prefix + (i + 1);
            ids.put(item.id(), new ItemId(id));
            out.add(new AgendaItem(new ItemId(id), item.title(), item.annotation(), item.documentation(),
                    renumber(item.subItems(), id + ".", ids), item.heading(), item.listEnd()));
        }
        return out;
    }
}
