package org.agendum.gesture;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.agendum.edit.AddDay;
import org.agendum.edit.AddMeetingSlot;
import org.agendum.edit.AddScheduleEntry;
import org.agendum.edit.ChangeDayDate;
import org.agendum.edit.CommandStack;
import org.agendum.edit.CompositeEdit;
import org.agendum.edit.Edit;
import org.agendum.edit.EditMeetingSlot;
import org.agendum.edit.EditNote;
import org.agendum.edit.EditRejectedException;
import org.agendum.edit.MoveDay;
import org.agendum.edit.MoveScheduleEntry;
import org.agendum.edit.RemoveDay;
import org.agendum.edit.RemoveMeetingSlot;
import org.agendum.edit.RemoveScheduleEntry;
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
 * What each gesture on the grid does to the meeting, whether it comes from a drag, a key or a menu: one command
 * on the stack, named for the Undo menu. A refused command changes nothing and its sentence goes to
 * {@code refused} (the status bar). No controls here: plain tests cover it.
 */
public final class ScheduleCommands {
    /** Where Alt+arrow sends a chip. */
    public enum Direction { EARLIER, LATER, PREVIOUS_DAY, NEXT_DAY }

    private final CommandStack stack;
    private final Consumer<String> refused;

    public ScheduleCommands(CommandStack stack, Consumer<String> refused) {
        this.stack = stack;
        this.refused = refused;
    }

    private Meeting meeting() {
        return stack.meeting();
    }

    private OrganizationOfWork work() {
        return meeting().organization();
    }

    // ---- entries -------------------------------------------------------------------------------------------

    /**
     * Takes up an item in a meeting at {@code index}. An item with sub-items is taken up as its sub-items, one
     * entry each, as the annex lists them ("1 (a)", "1 (b)"); its own number then stands over them in the agenda.
     * Returns the new entries.
     */
    public List<EntryId> schedule(ItemId item, SlotId slot, int index) {
        Optional<AgendaItem> found = meeting().agenda().find(item);
        if (found.isEmpty()) {
            refused.accept("That agenda item no longer exists.");
            return List.of();
        }
        List<ItemId> items = found.get().subItems().isEmpty() ? List.of(item)
                : found.get().subItems().stream().map(AgendaItem::id).toList();
        List<Edit> edits = new ArrayList<>();
        List<EntryId> added = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemEntry entry = ItemEntry.of(items.get(i));
            edits.add(new AddScheduleEntry(slot, index + i, entry));
            added.add(entry.id());
        }
        String label = "Schedule item " + reference(item);
        return run(() -> new CompositeEdit(label, edits)) ? added : List.of();
    }

    /**
     * Moves an entry to {@code index} of meeting {@code to}, the index counting the entries as the officer sees
     * them while dragging, the moved one still in its place. Dropping it where it is changes nothing.
     */
    public boolean move(EntryId id, SlotId to, int index) {
        Optional<OrganizationOfWork.EntryLocation> from = work().locate(id);
        if (from.isEmpty()) {
            refused.accept("That entry is no longer in the organization of work.");
            return false;
        }
        int target = index;
        if (from.get().slot().equals(to)) {
            if (index == from.get().index() || index == from.get().index() + 1) {
                return false;
            }
            if (index > from.get().index()) {
                target--;
            }
        }
        int finalTarget = target;
        return run(() -> new MoveScheduleEntry(id, to, finalTarget));
    }

    /** Moves an entry one place earlier or later (across meetings at either end of one), or to a neighbouring day. */
    public boolean move(EntryId id, Direction direction) {
        Optional<OrganizationOfWork.EntryLocation> at = work().locate(id);
        if (at.isEmpty()) {
            return false;
        }
        Optional<Place> place = switch (direction) {
            case EARLIER -> earlier(at.get());
            case LATER -> later(at.get());
            case PREVIOUS_DAY -> otherDay(at.get(), -1);
            case NEXT_DAY -> otherDay(at.get(), +1);
        };
        if (place.isEmpty()) {
            refused.accept(switch (direction) {
                case EARLIER -> "This is the first entry of the first meeting.";
                case LATER -> "This is the last entry of the last meeting.";
                case PREVIOUS_DAY -> "There is no earlier day with a meeting.";
                case NEXT_DAY -> "There is no later day with a meeting.";
            });
            return false;
        }
        return run(() -> new MoveScheduleEntry(id, place.get().slot(), place.get().index()));
    }

    public boolean remove(EntryId id) {
        return run(() -> new RemoveScheduleEntry(id));
    }

    /** Adds a free-text entry ("Informal consultations"); returns it. */
    public Optional<EntryId> addNote(SlotId slot, int index, String text) {
        NoteEntry note = NoteEntry.of(text.strip());
        if (note.text().isEmpty()) {
            refused.accept("A note needs some text.");
            return Optional.empty();
        }
        return run(() -> new AddScheduleEntry(slot, index, note)) ? Optional.of(note.id()) : Optional.empty();
    }

    public boolean editNote(EntryId id, String text) {
        if (text.isBlank()) {
            refused.accept("A note needs some text; to take it out, remove it.");
            return false;
        }
        return run(() -> new EditNote(id, text.strip()));
    }

    // ---- days and meetings ---------------------------------------------------------------------------------

    /**
     * Adds a day after the day at {@code after} (-1: before the first), dated the day after it (the session's first
     * date, or today, when there is none), with the same meeting times as its neighbour (or the usual two).
     */
    public boolean addDay(int after) {
        List<Day> days = work().days();
        LocalDate date = after >= 0 && after < days.size() ? days.get(after).date().plusDays(1)
                : days.isEmpty() ? Optional.ofNullable(meeting().details().meetingInfo().startDate()).orElse(LocalDate.now())
                : days.get(0).date().minusDays(1);
        while (hasDay(date)) {
            date = date.plusDays(1);
        }
        List<MeetingSlot> pattern = days.isEmpty() ? OrganizationOfWork.standardFor(date, date).days().get(0).meetings()
                : days.get(Math.max(0, Math.min(after, days.size() - 1))).meetings();
        List<MeetingSlot> meetings = pattern.stream()
                .map(slot -> new MeetingSlot(SlotId.random(), slot.start(), slot.end(), slot.label(), List.of())).toList();
        Day day = new Day(date, meetings);
        return run(() -> new AddDay(after + 1, day));
    }

    private boolean hasDay(LocalDate date) {
        return work().days().stream().anyMatch(d -> d.date().equals(date));
    }

    /**
     * Fills an organization of work that has no days from the session's dates: a day per date, each with the usual
     * two meetings. Refused with a reason when there are days already or the dates are not set.
     */
    public boolean setUpDays() {
        LocalDate start = meeting().details().meetingInfo().startDate();
        LocalDate end = meeting().details().meetingInfo().endDate();
        if (!work().days().isEmpty()) {
            refused.accept("The organization of work already has days.");
            return false;
        }
        if (start == null || end == null || end.isBefore(start)) {
            refused.accept("Set the meeting's first and last dates in Meeting details first.");
            return false;
        }
        List<Day> days = OrganizationOfWork.standardFor(start, end).days();
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            edits.add(new AddDay(i, days.get(i)));
        }
        return run(() -> new CompositeEdit("Set up days", edits));
    }

    public boolean removeDay(int dayIndex) {
        return run(() -> new RemoveDay(dayIndex));
    }

    /** Moves the programme of a day (its meetings and entries) to another day; the dates stay in order. */
    public boolean moveDay(int from, int to) {
        if (to < 0 || to >= work().days().size()) {
            refused.accept(to < 0 ? "This is the first day." : "This is the last day.");
            return false;
        }
        return run(() -> new MoveDay(from, to));
    }

    public boolean changeDate(int dayIndex, LocalDate date) {
        return run(() -> new ChangeDayDate(dayIndex, date));
    }

    /** Adds a meeting to a day, in its place by start time. */
    public Optional<SlotId> addMeeting(int dayIndex, SlotTimes times) {
        if (dayIndex < 0 || dayIndex >= work().days().size()) {
            refused.accept("That day is no longer in the organization of work.");
            return Optional.empty();
        }
        List<MeetingSlot> meetings = work().days().get(dayIndex).meetings();
        int index = 0;
        while (index < meetings.size() && !meetings.get(index).start().isAfter(times.start())) {
            index++;
        }
        MeetingSlot slot = new MeetingSlot(SlotId.random(), times.start(), times.end(), times.label(), List.of());
        int at = index;
        return run(() -> new AddMeetingSlot(dayIndex, at, slot)) ? Optional.of(slot.id()) : Optional.empty();
    }

    public boolean removeMeeting(SlotId id) {
        return run(() -> new RemoveMeetingSlot(id));
    }

    public boolean editMeeting(SlotId id, SlotTimes times) {
        return run(() -> new EditMeetingSlot(id, times.start(), times.end(), times.label()));
    }

    /** Times for a new meeting of a day: after its last meeting, three hours, or the usual morning meeting. */
    public SlotTimes nextMeetingTimes(int dayIndex) {
        List<MeetingSlot> meetings = dayIndex >= 0 && dayIndex < work().days().size()
                ? work().days().get(dayIndex).meetings() : List.of();
        if (meetings.isEmpty()) {
            return new SlotTimes(LocalTime.of(10, 0), LocalTime.of(13, 0), "");
        }
        LocalTime last = meetings.stream().map(MeetingSlot::end).max(LocalTime::compareTo).orElseThrow();
        // after the morning, the usual afternoon meeting; after that, an evening meeting of three hours
        LocalTime start = last.isBefore(LocalTime.of(15, 0)) ? LocalTime.of(15, 0)
                : last.isAfter(LocalTime.of(21, 0)) ? LocalTime.of(21, 0) : last;
        LocalTime end = start.isAfter(LocalTime.of(20, 59)) ? LocalTime.of(23, 59) : start.plusHours(3);
        return new SlotTimes(start, end, "");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private record Place(SlotId slot, int index) {
    }

    private Optional<Place> earlier(OrganizationOfWork.EntryLocation at) {
        if (at.index() > 0) {
            return Optional.of(new Place(at.slot(), at.index() - 1));
        }
        List<MeetingSlot> slots = work().allSlots();
        int s = indexOf(slots, at.slot());
        return s > 0 ? Optional.of(new Place(slots.get(s - 1).id(), slots.get(s - 1).entries().size()))
                : Optional.empty();
    }

    private Optional<Place> later(OrganizationOfWork.EntryLocation at) {
        List<MeetingSlot> slots = work().allSlots();
        int s = indexOf(slots, at.slot());
        if (at.index() < slots.get(s).entries().size() - 1) {
            return Optional.of(new Place(at.slot(), at.index() + 1));
        }
        return s < slots.size() - 1 ? Optional.of(new Place(slots.get(s + 1).id(), 0)) : Optional.empty();
    }

    /** The meeting at the same place (or the nearest there is) of the nearest day in that direction with meetings. */
    private Optional<Place> otherDay(OrganizationOfWork.EntryLocation at, int step) {
        OrganizationOfWork.SlotLocation here = work().locate(at.slot()).orElseThrow();
        List<Day> days = work().days();
        for (int d = here.dayIndex() + step; d >= 0 && d < days.size(); d += step) {
            List<MeetingSlot> meetings = days.get(d).meetings();
            if (!meetings.isEmpty()) {
                MeetingSlot slot = meetings.get(Math.min(here.slotIndex(), meetings.size() - 1));
                return Optional.of(new Place(slot.id(), Math.min(at.index(), slot.entries().size())));
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<MeetingSlot> slots, SlotId id) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("No meeting " + id);
    }

    private String reference(ItemId item) {
        return meeting().agenda().numbered(item).map(n -> n.reference()).orElse("");
    }

    /** The entry as it is now, if it still exists. */
    public Optional<ScheduleEntry> entry(EntryId id) {
        return work().entry(id);
    }

    private boolean run(Supplier<Edit> edit) {
        try {
            stack.execute(edit.get());
            return true;
        } catch (EditRejectedException e) {
            refused.accept(e.getMessage());
            return false;
        }
    }
}
