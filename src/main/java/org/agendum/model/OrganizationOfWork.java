package org.agendum.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The proposed organization of work: days, their meetings, and what is taken up in each. "Earlier" means
 * earlier in this order, which is the order the annex prints.
 */
public record OrganizationOfWork(List<Day> days) {
    public static final OrganizationOfWork EMPTY = new OrganizationOfWork(List.of());

    public OrganizationOfWork {
        days = List.copyOf(days);
    }

    /** Where a meeting is: its day's index and its own index within the day. */
    public record SlotLocation(int dayIndex, int slotIndex) {
    }

    /** Where an entry is: its meeting and its index within the meeting. */
    public record EntryLocation(SlotId slot, int index) {
    }

    /**
     * A first organization of work for a new meeting: one day per date of the session, each with the usual
     * two meetings, 10 a.m.–1 p.m. and 3–6 p.m. (the UN's standard half-day meetings).
     */
    public static OrganizationOfWork standardFor(java.time.LocalDate start, java.time.LocalDate end) {
        if (end.isBefore(start)) {
            return EMPTY;
        }
        List<Day> days = new ArrayList<>();
        // stops at the last day before stepping past it: a day after the largest date Java has does not exist
        // (a hostile file's dates reach it)
        for (java.time.LocalDate date = start; days.size() < MAX_STANDARD_DAYS; date = date.plusDays(1)) {
            days.add(new Day(date, List.of(
                    MeetingSlot.of(java.time.LocalTime.of(10, 0), java.time.LocalTime.of(13, 0)),
                    MeetingSlot.of(java.time.LocalTime.of(15, 0), java.time.LocalTime.of(18, 0)))));
            if (!date.isBefore(end)) {
                break;
            }
        }
        return new OrganizationOfWork(days);
    }

    /** Sessions run days or weeks; a mistyped year must not fill the grid with thousands of days. */
    static final int MAX_STANDARD_DAYS = 31;

    /**
     * Whether this is still exactly what {@link #standardFor} gives for its first and last day, apart from the
     * meetings' ids: no day or meeting added, removed or retimed, nothing taken up. Such a grid holds none of the
     * officer's work, so it may follow the session's dates.
     */
    public boolean isUntouchedStandardGrid() {
        if (days.isEmpty()) {
            return false;
        }
        List<Day> standard = standardFor(days.get(0).date(), days.get(days.size() - 1).date()).days();
        if (standard.size() != days.size()) {
            return false;
        }
        for (int d = 0; d < days.size(); d++) {
            if (!sameExceptIds(days.get(d), standard.get(d))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameExceptIds(Day a, Day b) {
        if (!a.date().equals(b.date()) || a.meetings().size() != b.meetings().size()) {
            return false;
        }
        for (int s = 0; s < a.meetings().size(); s++) {
            MeetingSlot x = a.meetings().get(s);
            MeetingSlot y = b.meetings().get(s);
            if (!x.start().equals(y.start()) || !x.end().equals(y.end()) || !x.label().equals(y.label())
                    || !x.entries().equals(y.entries())) {
                return false;
            }
        }
        return true;
    }

    public Optional<SlotLocation> locate(SlotId id) {
        for (int d = 0; d < days.size(); d++) {
            List<MeetingSlot> meetings = days.get(d).meetings();
            for (int s = 0; s < meetings.size(); s++) {
                if (meetings.get(s).id().equals(id)) {
                    return Optional.of(new SlotLocation(d, s));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<MeetingSlot> slot(SlotId id) {
        return locate(id).map(l -> days.get(l.dayIndex()).meetings().get(l.slotIndex()));
    }

    public Optional<EntryLocation> locate(EntryId id) {
        for (MeetingSlot slot : allSlots()) {
            for (int i = 0; i < slot.entries().size(); i++) {
                if (slot.entries().get(i).id().equals(id)) {
                    return Optional.of(new EntryLocation(slot.id(), i));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<ScheduleEntry> entry(EntryId id) {
        return locate(id).map(l -> slot(l.slot()).orElseThrow().entries().get(l.index()));
    }

    public List<MeetingSlot> allSlots() {
        List<MeetingSlot> out = new ArrayList<>();
        days.forEach(day -> out.addAll(day.meetings()));
        return out;
    }

    public List<ScheduleEntry> allEntries() {
        List<ScheduleEntry> out = new ArrayList<>();
        allSlots().forEach(slot -> out.addAll(slot.entries()));
        return out;
    }

    /** Items taken up anywhere, in order of first appearance. */
    public Set<ItemId> scheduledItems() {
        Set<ItemId> out = new LinkedHashSet<>();
        allEntries().forEach(e -> {
            if (e instanceof ItemEntry item) {
                out.add(item.item());
            }
        });
        return out;
    }

    /** Entries that carry an item on from an earlier entry: the annex prints "(continued)" after their title. */
    public Set<EntryId> continuations() {
        Set<ItemId> seen = new HashSet<>();
        Set<EntryId> out = new HashSet<>();
        for (ScheduleEntry entry : allEntries()) {
            if (entry instanceof ItemEntry item && !seen.add(item.item())) {
                out.add(item.id());
            }
        }
        return out;
    }

    public OrganizationOfWork withDays(List<Day> newDays) {
        return new OrganizationOfWork(newDays);
    }

    public OrganizationOfWork replaceDay(int index, UnaryOperator<Day> change) {
        List<Day> copy = new ArrayList<>(days);
        copy.set(index, change.apply(copy.get(index)));
        return new OrganizationOfWork(copy);
    }

    public OrganizationOfWork replaceSlot(SlotId id, UnaryOperator<MeetingSlot> change) {
        SlotLocation at = locate(id).orElseThrow(() -> new IllegalArgumentException("No meeting with id " + id));
        return replaceDay(at.dayIndex(), day -> {
            List<MeetingSlot> meetings = new ArrayList<>(day.meetings());
            meetings.set(at.slotIndex(), change.apply(meetings.get(at.slotIndex())));
            return day.withMeetings(meetings);
        });
    }

    /** Removes every entry matching the filter; returns this same instance when nothing matched. */
    public OrganizationOfWork withoutEntries(java.util.function.Predicate<ScheduleEntry> filter) {
        boolean any = allEntries().stream().anyMatch(filter);
        if (!any) {
            return this;
        }
        List<Day> newDays = days.stream().map(day -> day.withMeetings(day.meetings().stream()
                .map(slot -> slot.withEntries(slot.entries().stream().filter(filter.negate()).toList()))
                .toList())).toList();
        return new OrganizationOfWork(newDays);
    }
}
