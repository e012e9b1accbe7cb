package org.agendum.model;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.MON_AM;
import static org.agendum.testing.Fixtures.TUE_PM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The reference meeting takes up every item: item 1 through its sub-items (a) and (b), the others directly. */
class UnscheduledItemsTest {
    private final Meeting reference = Fixtures.referenceMeeting();

    private Meeting without(ItemId... items) {
        List<ItemId> gone = List.of(items);
        return reference.withOrganization(reference.organization()
                .withoutEntries(e -> e instanceof ItemEntry i && gone.contains(i.item())));
    }

    private static Meeting withEntry(Meeting meeting, SlotId slot, ScheduleEntry entry) {
        return meeting.withOrganization(meeting.organization().replaceSlot(slot, s -> {
            List<ScheduleEntry> entries = new ArrayList<>(s.entries());
            entries.add(0, entry);
            return s.withEntries(entries);
        }));
    }

    @Test
    void aFullyScheduledMeetingHasNone() {
        assertThat(UnscheduledItems.in(reference)).isEmpty();
    }

    @Test
    void itemsWithoutEntriesInDocumentOrder() {
        assertThat(UnscheduledItems.in(without(ITEM_4, ITEM_1A))).containsExactly(ITEM_1A, ITEM_4);
    }

    @Test
    void aParentIsCoveredByItsSubItemsAndReportedThroughThem() {
        assertThat(UnscheduledItems.in(without(ITEM_1A))).containsExactly(ITEM_1A);
        assertThat(UnscheduledItems.in(without(ITEM_1A, ITEM_1B))).containsExactly(ITEM_1A, ITEM_1B);
    }

    @Test
    void subItemsAreCoveredByTheirParentBeingTakenUp() {
        Meeting groupOnly = withEntry(without(ITEM_1A, ITEM_1B), MON_AM, new ItemEntry(new EntryId("open"), ITEM_1));
        assertThat(UnscheduledItems.in(groupOnly)).isEmpty();
    }

    @Test
    void aNoteNamingAnItemDoesNotTakeItUp() {
        Meeting noted = withEntry(without(ITEM_4), TUE_PM, new NoteEntry(new EntryId("note"), "Other matters"));
        assertThat(UnscheduledItems.in(noted)).containsExactly(ITEM_4);
    }

    @Test
    void noneWhileTheOrganizationHasNoMeetingsEveryItemOnceItHasEmptyOnes() {
        assertThat(UnscheduledItems.in(reference.withOrganization(OrganizationOfWork.EMPTY))).isEmpty();
        OrganizationOfWork daysOnly = new OrganizationOfWork(List.of(new Day(LocalDate.of(2018, 7, 2), List.of())));
        assertThat(UnscheduledItems.in(reference.withOrganization(daysOnly))).isEmpty();
        OrganizationOfWork emptyMeeting = OrganizationOfWork.standardFor(LocalDate.of(2018, 7, 2),
                LocalDate.of(2018, 7, 2));
        assertThat(UnscheduledItems.in(reference.withOrganization(emptyMeeting))).hasSize(6);
    }
}
