package org.agendum.gesture;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_3;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.ITEM_5;
import static org.agendum.testing.Fixtures.MON_AM;
import static org.agendum.testing.Fixtures.MON_PM;
import static org.agendum.testing.Fixtures.TUE_AM;
import static org.agendum.testing.Fixtures.TUE_PM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.agendum.edit.CommandStack;
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
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The logic under every gesture of the grid, without a window: one named command each, refusals change nothing. */
class ScheduleCommandsTest {
    private final Meeting sample = Fixtures.referenceMeeting();
    private final CommandStack stack = new CommandStack(sample);
    private final List<String> refusals = new ArrayList<>();
    private final ScheduleCommands commands = new ScheduleCommands(stack, refusals::add);

    private OrganizationOfWork work() {
        return stack.meeting().organization();
    }

    private List<Object> contents(SlotId slot) {
        return work().slot(slot).orElseThrow().entries().stream()
                .map(e -> e instanceof ItemEntry item ? (Object) item.item() : ((NoteEntry) e).text()).toList();
    }

    private EntryId entry(SlotId slot, int index) {
        return work().slot(slot).orElseThrow().entries().get(index).id();
    }

    private void assertRefusedUnchanged(String message) {
        assertThat(refusals).last().asString().contains(message);
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void anItemIsTakenUpAtThePlaceOfTheDropAsOneNamedStep() {
        commands.schedule(ITEM_4, MON_PM, 1);
        assertThat(contents(MON_PM)).containsExactly(ITEM_2, ITEM_4, ITEM_3);
        assertThat(stack.undoLabel()).contains("Schedule item 4");
        // the later entry of item 4 now carries it on
        assertThat(work().continuations()).contains(entry(TUE_PM, 0));
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(work().continuations()).doesNotContain(entry(TUE_PM, 0));
    }

    @Test
    void anItemWithSubItemsIsTakenUpAsItsSubItemsAsTheAnnexListsThem() {
        List<EntryId> added = commands.schedule(ITEM_1, TUE_PM, 2);
        assertThat(added).hasSize(2);
        assertThat(contents(TUE_PM)).containsExactly(ITEM_4, ITEM_5, ITEM_1A, ITEM_1B);
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void aChipDroppedWhereItIsChangesNothingAndDropsCountTheChipsAsSeen() {
        EntryId adoption = entry(MON_AM, 1);
        assertThat(commands.move(adoption, MON_AM, 1)).isFalse();
        assertThat(commands.move(adoption, MON_AM, 2)).isFalse();
        assertThat(stack.canUndo()).isFalse();
        // dropped under the third chip: it ends last
        assertThat(commands.move(adoption, MON_AM, 3)).isTrue();
        assertThat(contents(MON_AM)).containsExactly(ITEM_1A, ITEM_2, ITEM_1B);
        assertThat(commands.move(adoption, MON_AM, 0)).isTrue();
        assertThat(contents(MON_AM)).containsExactly(ITEM_1B, ITEM_1A, ITEM_2);
        assertThat(stack.undoLabel()).contains("Move entry");
    }

    @Test
    void aChipMovesToAnotherDay() {
        EntryId other = entry(TUE_PM, 0);
        commands.move(other, MON_AM, 0);
        assertThat(contents(MON_AM)).containsExactly(ITEM_4, ITEM_1A, ITEM_1B, ITEM_2);
        assertThat(contents(TUE_PM)).containsExactly(ITEM_5);
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(sample);
        stack.redo();
        assertThat(contents(TUE_PM)).containsExactly(ITEM_5);
    }

    @Test
    void altArrowsMoveOnePlaceAcrossMeetingsAndDays() {
        EntryId questionnaire = entry(TUE_AM, 0);
        commands.move(questionnaire, ScheduleCommands.Direction.EARLIER);
        assertThat(contents(MON_PM)).containsExactly(ITEM_2, ITEM_3, ITEM_3);
        assertThat(contents(TUE_AM)).isEmpty();
        commands.move(questionnaire, ScheduleCommands.Direction.EARLIER);
        assertThat(contents(MON_PM)).containsExactly(ITEM_2, ITEM_3, ITEM_3);
        assertThat(work().locate(questionnaire).orElseThrow().index()).isEqualTo(1);
        commands.move(questionnaire, ScheduleCommands.Direction.LATER);
        commands.move(questionnaire, ScheduleCommands.Direction.LATER);
        assertThat(contents(TUE_AM)).containsExactly(ITEM_3);
        // to the next day: the same meeting of that day (Monday afternoon → Tuesday afternoon)
        EntryId cooperation = entry(MON_PM, 0);
        commands.move(cooperation, ScheduleCommands.Direction.NEXT_DAY);
        assertThat(contents(TUE_PM)).containsExactly(ITEM_2, ITEM_4, ITEM_5);
        commands.move(cooperation, ScheduleCommands.Direction.PREVIOUS_DAY);
        assertThat(contents(MON_PM)).startsWith(ITEM_2);
    }

    @Test
    void altArrowsStopAtTheEndsWithAReason() {
        commands.move(entry(MON_AM, 0), ScheduleCommands.Direction.EARLIER);
        assertRefusedUnchanged("first entry of the first meeting");
        commands.move(entry(TUE_PM, 1), ScheduleCommands.Direction.LATER);
        assertRefusedUnchanged("last entry of the last meeting");
        commands.move(entry(MON_AM, 0), ScheduleCommands.Direction.PREVIOUS_DAY);
        assertRefusedUnchanged("no earlier day");
        commands.move(entry(TUE_AM, 0), ScheduleCommands.Direction.NEXT_DAY);
        assertRefusedUnchanged("no later day");
    }

    @Test
    void removingAnEntryLeavesTheItemUnscheduledUntilUndone() {
        commands.remove(entry(TUE_PM, 0));
        assertThat(work().scheduledItems()).doesNotContain(ITEM_4);
        assertThat(stack.undoLabel()).contains("Remove entry");
        stack.undo();
        assertThat(work().scheduledItems()).contains(ITEM_4);
    }

    @Test
    void notesAreAddedAndEditedButNeverBlank() {
        EntryId note = commands.addNote(TUE_PM, 2, "  Closing of the session ").orElseThrow();
        assertThat(contents(TUE_PM)).containsExactly(ITEM_4, ITEM_5, "Closing of the session");
        assertThat(commands.editNote(note, "Informal consultations")).isTrue();
        assertThat(contents(TUE_PM)).last().isEqualTo("Informal consultations");
        assertThat(commands.editNote(note, "  ")).isFalse();
        assertThat(contents(TUE_PM)).last().isEqualTo("Informal consultations");
        stack.undo();
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(commands.addNote(TUE_PM, 0, " ")).isEmpty();
        assertRefusedUnchanged("needs some text");
    }

    @Test
    void aDayIsAddedAfterAnotherWithItsMeetingTimesAndNoEntries() {
        commands.addDay(1);
        Day wednesday = work().days().get(2);
        assertThat(wednesday.date()).isEqualTo(LocalDate.of(2018, 7, 4));
        assertThat(wednesday.meetings()).extracting(MeetingSlot::start)
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(15, 0));
        assertThat(wednesday.meetings()).allSatisfy(m -> assertThat(m.entries()).isEmpty());
        // a day added after Monday takes the next free date
        commands.addDay(0);
        assertThat(work().days()).extracting(Day::date).containsExactly(LocalDate.of(2018, 7, 2),
                LocalDate.of(2018, 7, 5), LocalDate.of(2018, 7, 3), LocalDate.of(2018, 7, 4));
        stack.undo();
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void daysAreRemovedAndTheirProgrammesReordered() {
        List<ScheduleEntry> tuesdayAfternoon = work().slot(TUE_PM).orElseThrow().entries();
        commands.moveDay(1, 0);
        assertThat(work().days()).extracting(Day::date)
                .containsExactly(LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 3));
        assertThat(work().days().get(0).meetings().get(1).entries()).isEqualTo(tuesdayAfternoon);
        commands.moveDay(0, -1);
        assertThat(refusals).last().asString().contains("first day");
        commands.removeDay(0);
        assertThat(work().days()).hasSize(1);
        stack.undo();
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void meetingsAreAddedInTimeOrderEditedAndRemoved() {
        SlotTimes evening = commands.nextMeetingTimes(0);
        assertThat(evening).isEqualTo(new SlotTimes(LocalTime.of(18, 0), LocalTime.of(21, 0), ""));
        SlotId lunch = commands.addMeeting(0, new SlotTimes(LocalTime.of(13, 15), LocalTime.of(14, 45), "Side event"))
                .orElseThrow();
        assertThat(work().days().get(0).meetings()).extracting(MeetingSlot::id).containsExactly(MON_AM, lunch, MON_PM);
        commands.editMeeting(lunch, new SlotTimes(LocalTime.of(13, 0), LocalTime.of(14, 0), "Briefing"));
        assertThat(work().slot(lunch).orElseThrow().label()).isEqualTo("Briefing");
        commands.editMeeting(lunch, new SlotTimes(LocalTime.of(14, 0), LocalTime.of(13, 0), ""));
        assertThat(refusals).last().asString().contains("end after it starts");
        commands.removeMeeting(lunch);
        assertThat(work().days().get(0).meetings()).extracting(MeetingSlot::id).containsExactly(MON_AM, MON_PM);
        assertThat(commands.nextMeetingTimes(5)).isEqualTo(new SlotTimes(LocalTime.of(10, 0), LocalTime.of(13, 0), ""));
    }

    @Test
    void anEmptyOrganizationIsSetUpFromTheSessionsDatesInOneStep() {
        CommandStack empty = new CommandStack(sample.withOrganization(OrganizationOfWork.EMPTY));
        ScheduleCommands onEmpty = new ScheduleCommands(empty, refusals::add);
        assertThat(onEmpty.setUpDays()).isTrue();
        assertThat(empty.meeting().organization().days()).extracting(Day::date)
                .containsExactly(LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 3));
        assertThat(empty.meeting().organization().allSlots()).hasSize(4);
        assertThat(empty.undoLabel()).contains("Set up days");
        assertThat(onEmpty.setUpDays()).isFalse();
        assertThat(refusals).last().asString().contains("already has days");
        empty.undo();
        assertThat(empty.meeting().organization().days()).isEmpty();
    }

    @Test
    void gesturesOnThingsThatNoLongerExistAreRefused() {
        commands.schedule(new ItemId("item-gone"), MON_AM, 0);
        assertRefusedUnchanged("no longer exists");
        commands.schedule(ITEM_4, new SlotId("m-gone"), 0);
        assertRefusedUnchanged("meeting no longer exists");
        commands.move(new EntryId("e-gone"), MON_AM, 0);
        assertRefusedUnchanged("no longer in the organization of work");
    }
}
