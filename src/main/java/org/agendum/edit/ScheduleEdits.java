package org.agendum.edit;

import java.time.LocalTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.agendum.model.EntryId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;

/** Checks and list surgery shared by the organization-of-work edits. */
final class ScheduleEdits {
    private ScheduleEdits() {
    }

    static void checkDay(OrganizationOfWork work, int dayIndex) {
        if (dayIndex < 0 || dayIndex >= work.days().size()) {
            throw new EditRejectedException("That day is no longer in the organization of work.");
        }
    }

    static void checkTimes(LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            throw new EditRejectedException("A meeting must end after it starts.");
        }
    }

    static MeetingSlot existingSlot(OrganizationOfWork work, SlotId id) {
        return work.slot(id).orElseThrow(() -> new EditRejectedException("That meeting no longer exists."));
    }

    static OrganizationOfWork.EntryLocation existingEntry(OrganizationOfWork work, EntryId id) {
        return work.locate(id).orElseThrow(() -> new EditRejectedException("That entry no longer exists."));
    }

    static Meeting changeEntries(Meeting meeting, SlotId slot, UnaryOperator<List<ScheduleEntry>> change) {
        OrganizationOfWork work = meeting.organization();
        existingSlot(work, slot);
        return meeting.withOrganization(work.replaceSlot(slot, s -> s.withEntries(change.apply(s.entries()))));
    }
}
