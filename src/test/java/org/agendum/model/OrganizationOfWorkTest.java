package org.agendum.model;

import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_3;
import static org.agendum.testing.Fixtures.MON_PM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

class OrganizationOfWorkTest {
    private final Meeting meeting = Fixtures.referenceMeeting();
    private final OrganizationOfWork work = meeting.organization();

    /** "(continued)" falls exactly where the reference annex prints it: item 2 on Monday afternoon, item 3 on Tuesday. */
    @Test
    void continuationsMatchTheReferenceAnnex() {
        List<String> rows = new ArrayList<>();
        var continued = work.continuations();
        for (ScheduleEntry entry : work.allEntries()) {
            ItemEntry item = (ItemEntry) entry;
            String reference = meeting.agenda().numbered(item.item()).orElseThrow().reference();
            rows.add(reference + (continued.contains(entry.id()) ? " (continued)" : ""));
        }
        assertThat(rows).containsExactly("1 (a)", "1 (b)", "2", "2 (continued)", "3", "3 (continued)", "4", "5");
    }

    @Test
    void aNewMeetingGetsTwoStandardMeetingsADay() {
        OrganizationOfWork standard = OrganizationOfWork.standardFor(java.time.LocalDate.of(2018, 7, 2),
                java.time.LocalDate.of(2018, 7, 3));
        assertThat(standard.days()).extracting(Day::date).containsExactly(java.time.LocalDate.of(2018, 7, 2),
                java.time.LocalDate.of(2018, 7, 3));
        assertThat(standard.allSlots()).extracting(s -> org.agendum.typography.UnTimes.range(s.start(), s.end()))
                .containsExactly("10 a.m.–1 p.m.", "3–6 p.m.", "10 a.m.–1 p.m.", "3–6 p.m.");
        assertThat(OrganizationOfWork.standardFor(java.time.LocalDate.of(2018, 7, 3),
                java.time.LocalDate.of(2018, 7, 2)).days()).isEmpty();
        assertThat(OrganizationOfWork.standardFor(java.time.LocalDate.of(2018, 1, 1),
                java.time.LocalDate.of(2019, 1, 1)).days()).hasSize(OrganizationOfWork.MAX_STANDARD_DAYS);
    }

    @Test
    void theLastDateJavaHasGetsItsDayWithoutAStepPastIt() {
        java.time.LocalDate last = java.time.LocalDate.MAX;

        OrganizationOfWork standard = OrganizationOfWork.standardFor(last.minusDays(1), last);

        assertThat(standard.days()).extracting(Day::date).containsExactly(last.minusDays(1), last);
        assertThat(standard.isUntouchedStandardGrid()).isTrue();
    }

    @Test
    void anUntouchedStandardGridIsToldApartFromOneWorkedOn() {
        java.time.LocalDate july2 = java.time.LocalDate.of(2018, 7, 2);
        OrganizationOfWork standard = OrganizationOfWork.standardFor(july2, july2.plusDays(2));
        assertThat(standard.isUntouchedStandardGrid()).isTrue();
        assertThat(OrganizationOfWork.EMPTY.isUntouchedStandardGrid()).isFalse();
        assertThat(work.isUntouchedStandardGrid()).isFalse(); // the reference grid has entries

        SlotId first = standard.allSlots().get(0).id();
        assertThat(standard.replaceSlot(first, s -> s.withEntries(List.of(NoteEntry.of("Informal consultations"))))
                .isUntouchedStandardGrid()).isFalse();
        assertThat(standard.replaceSlot(first, s -> s.withTimes(s.start(), s.end(), "Plenary"))
                .isUntouchedStandardGrid()).isFalse();
        assertThat(standard.replaceSlot(first, s -> s.withTimes(java.time.LocalTime.of(9, 30), s.end(), ""))
                .isUntouchedStandardGrid()).isFalse();
        List<Day> middleDayRemoved = new ArrayList<>(standard.days());
        middleDayRemoved.remove(1);
        assertThat(standard.withDays(middleDayRemoved).isUntouchedStandardGrid()).isFalse();
        assertThat(standard.replaceDay(2, d -> d.withMeetings(d.meetings().subList(0, 1))).isUntouchedStandardGrid())
                .isFalse();
    }

    @Test
    void locatesMeetingsAndEntries() {
        assertThat(work.locate(MON_PM)).contains(new OrganizationOfWork.SlotLocation(0, 1));
        EntryId second = work.slot(MON_PM).orElseThrow().entries().get(1).id();
        assertThat(work.locate(second)).contains(new OrganizationOfWork.EntryLocation(MON_PM, 1));
        assertThat(work.entry(second)).hasValueSatisfying(e -> assertThat(((ItemEntry) e).item()).isEqualTo(ITEM_3));
    }

    @Test
    void scheduledItemsInOrderOfFirstAppearance() {
        assertThat(work.scheduledItems()).hasSize(6).contains(ITEM_2, ITEM_3);
    }

    @Test
    void removingEntriesKeepsEverythingElse() {
        OrganizationOfWork without = work.withoutEntries(e -> e instanceof ItemEntry i && i.item().equals(ITEM_2));
        assertThat(without.allEntries()).hasSize(6);
        assertThat(without.days()).hasSize(2);
        assertThat(work.withoutEntries(e -> false)).isSameAs(work);
    }
}
