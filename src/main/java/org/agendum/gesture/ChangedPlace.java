package org.agendum.gesture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.agendum.edit.MeetingChange;
import org.agendum.edit.MoveItem;
import org.agendum.edit.MoveScheduleEntry;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.DetailField;
import org.agendum.model.EntryId;
import org.agendum.model.Day;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.ScheduleEntry;
import org.agendum.validation.Target;

/**
 * Where an undo or a redo changed the meeting, so that the window can select and show it: the field of the details,
 * the agenda item (added, changed, moved, or the one standing where a removed item was), its Documentation entry
 * or its list punctuation, or the organization of work's entry, meeting or day. Worked out from the meetings before and after (a move is
 * the one change two meetings cannot tell apart from its mirror, so the step's own edit names the moved item).
 */
public final class ChangedPlace {
    private ChangedPlace() {
    }

    public static Optional<Target> of(MeetingChange change) {
        Meeting before = change.before();
        Meeting after = change.after();
        if (before.details().form().layout() != after.details().form().layout()) {
            // a new form may retitle the document too; the form is what the officer changed
            return Optional.of(new Target.Detail(DetailField.LAYOUT));
        }
        if (!before.details().equals(after.details())) {
            return DetailField.values().stream().filter(f -> !Objects.equals(f.get(before.details()),
                    f.get(after.details()))).findFirst().map(Target.Detail::new);
        }
        if (!before.agenda().equals(after.agenda())) {
            return Optional.of(inAgenda(before.agenda(), after.agenda(),
                    change.edit().filter(MoveItem.class::isInstance).map(MoveItem.class::cast)));
        }
        if (!before.organization().equals(after.organization())) {
            return Optional.of(inOrganization(before.organization(), after.organization(), change.edit()
                    .filter(MoveScheduleEntry.class::isInstance).map(e -> ((MoveScheduleEntry) e).id())));
        }
        return Optional.empty();
    }

    private static Target inAgenda(Agenda before, Agenda after, Optional<MoveItem> move) {
        // by id once: looking each item up in the tree made this quadratic, milliseconds per undo on a large agenda
        Map<org.agendum.model.ItemId, AgendaItem> had = new HashMap<>();
        before.allItems().forEach(item -> had.put(item.id(), item));
        List<AgendaItem> items = after.allItems();
        for (AgendaItem item : items) {
            if (!had.containsKey(item.id())) {
                return new Target.Item(item.id()); // added (or put back by undoing a delete)
            }
        }
        for (AgendaItem item : items) {
            AgendaItem old = had.get(item.id());
            if (old == item) {
                continue; // untouched: the very same record
            }
            if (!old.title().equals(item.title()) || !old.annotation().equals(item.annotation())
                    || !old.heading().equals(item.heading())) {
                return new Target.Item(item.id());
            }
            if (old.listEnd() != item.listEnd()) {
                return new Target.Punctuation(item.id());
            }
            if (!old.documentation().equals(item.documentation())) {
                return new Target.Documentation(item.id(), firstDifference(old.documentation(),
                        item.documentation()));
            }
        }
        if (move.isPresent() && after.contains(move.get().id())) {
            return new Target.Item(move.get().id());
        }
        // removed: the item now standing where the first removed one stood, or its parent
        List<Agenda.NumberedItem> was = before.numbered();
        Set<org.agendum.model.ItemId> has = after.allIds();
        for (int i = 0; i < was.size(); i++) {
            AgendaItem item = was.get(i).item();
            if (!has.contains(item.id())) {
                for (int j = i + 1; j < was.size(); j++) {
                    if (has.contains(was.get(j).item().id())) {
                        return new Target.Item(was.get(j).item().id());
                    }
                }
                return was.get(i).parent() != null ? new Target.Item(was.get(i).parent())
                        : after.items().isEmpty() ? new Target.Organization()
                        : new Target.Item(after.items().get(after.items().size() - 1).id());
            }
        }
        // moved by some other step: the first item whose parent or place changed
        for (Agenda.NumberedItem numbered : after.numbered()) {
            Optional<Agenda.Location> old = before.locate(numbered.item().id());
            if (old.isPresent() && !old.get().equals(after.locate(numbered.item().id()).orElseThrow())) {
                return new Target.Item(numbered.item().id());
            }
        }
        return new Target.Organization();
    }

    private static Target inOrganization(OrganizationOfWork before, OrganizationOfWork after,
            Optional<EntryId> moved) {
        if (moved.isPresent() && after.entry(moved.get()).isPresent()) {
            return new Target.Entry(moved.get());
        }
        for (ScheduleEntry entry : after.allEntries()) {
            Optional<ScheduleEntry> was = before.entry(entry.id());
            if (was.isEmpty() || !was.get().equals(entry)) {
                return new Target.Entry(entry.id()); // added, put back, or its text changed
            }
        }
        for (ScheduleEntry entry : before.allEntries()) {
            if (after.entry(entry.id()).isEmpty()) {
                return new Target.Slot(before.locate(entry.id()).orElseThrow().slot()); // removed: where it was
            }
        }
        for (ScheduleEntry entry : after.allEntries()) {
            if (!before.locate(entry.id()).equals(after.locate(entry.id()))) {
                return new Target.Entry(entry.id());
            }
        }
        for (MeetingSlot slot : after.allSlots()) {
            Optional<MeetingSlot> was = before.slot(slot.id());
            if (was.isEmpty() || !sameMeeting(was.get(), slot) || !was.get().entries().equals(slot.entries())) {
                return new Target.Slot(slot.id());
            }
        }
        List<Day> days = after.days();
        for (int i = 0; i < Math.max(days.size(), before.days().size()); i++) {
            if (i >= days.size()) {
                return days.isEmpty() ? new Target.Organization() : new Target.Day(days.size() - 1); // removed
            }
            if (i >= before.days().size() || !before.days().get(i).date().equals(days.get(i).date())) {
                return new Target.Day(i);
            }
        }
        return new Target.Organization();
    }

    private static boolean sameMeeting(MeetingSlot a, MeetingSlot b) {
        return a.start().equals(b.start()) && a.end().equals(b.end()) && a.label().equals(b.label());
    }

    private static int firstDifference(List<?> before, List<?> after) {
        int i = 0;
        while (i < before.size() && i < after.size() && before.get(i).equals(after.get(i))) {
            i++;
        }
        return Math.min(i, Math.max(0, after.size() - 1));
    }
}
