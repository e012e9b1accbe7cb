package org.agendum.edit;

import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.MON_AM;
import static org.agendum.testing.Fixtures.MON_PM;
import static org.agendum.testing.Fixtures.TUE_AM;
import static org.agendum.testing.Fixtures.TUE_PM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendum.model.Day;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ScheduleEditsTest {
    private final Meeting meeting = Fixtures.referenceMeeting();
    private final CommandStack stack = new CommandStack(meeting);

    private List<String> entriesOf(SlotId slot) {
        Meeting m = stack.meeting();
        var continued = m.organization().continuations();
        return m.organization().slot(slot).orElseThrow().entries().stream().map(e -> describe(m, e, continued)).toList();
    }

    private static String describe(Meeting m, ScheduleEntry e, java.util.Set<EntryId> continued) {
        if (e instanceof NoteEntry note) {
            return note.text();
        }
        var item = ((ItemEntry) e).item();
        return m.agenda().numbered(item).map(n -> n.reference()).orElse("?")
                + (continued.contains(e.id()) ? " (continued)" : "");
    }

    private EntryId entryAt(SlotId slot, int index) {
        return stack.meeting().organization().slot(slot).orElseThrow().entries().get(index).id();
    }

    @Test
    void scheduleAnItemAtAPositionThenUndo() {
        stack.execute(new AddScheduleEntry(TUE_AM, 0, ItemEntry.of(ITEM_4)));
        assertThat(stack.undoLabel()).contains("Schedule item");
        assertThat(entriesOf(TUE_AM)).containsExactly("4", "3 (continued)");
        assertThat(entriesOf(TUE_PM)).containsExactly("4 (continued)", "5");
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(meeting);
    }

    @Test
    void continuedAppearsAndDisappearsWithTheSecondAllocation() {
        assertThat(entriesOf(MON_PM)).containsExactly("2 (continued)", "3");
        stack.execute(new RemoveScheduleEntry(entryAt(MON_AM, 2)));
        assertThat(entriesOf(MON_PM)).containsExactly("2", "3");
        stack.undo();
        assertThat(entriesOf(MON_PM)).containsExactly("2 (continued)", "3");
    }

    @Test
    void moveAnEntryToAnotherDayAndReorderWithinAMeeting() {
        EntryId three = entryAt(MON_PM, 1);
        stack.execute(new MoveScheduleEntry(three, TUE_PM, 0));
        assertThat(entriesOf(MON_PM)).containsExactly("2 (continued)");
        assertThat(entriesOf(TUE_AM)).containsExactly("3");
        assertThat(entriesOf(TUE_PM)).containsExactly("3 (continued)", "4", "5");

        stack.execute(new MoveScheduleEntry(entryAt(MON_AM, 0), MON_AM, 2));
        assertThat(entriesOf(MON_AM)).containsExactly("1 (b)", "2", "1 (a)");
        assertThat(stack.undoLabel()).contains("Move entry");
        stack.undo();
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(meeting);
    }

    @Test
    void notesCanBeAddedEditedAndMoved() {
        NoteEntry note = NoteEntry.of("Informal consultations");
        stack.execute(new AddScheduleEntry(TUE_PM, 1, note));
        assertThat(stack.undoLabel()).contains("Add note");
        stack.execute(new EditNote(note.id(), "Closing of the session"));
        assertThat(entriesOf(TUE_PM)).containsExactly("4", "Closing of the session", "5");
        stack.execute(new MoveScheduleEntry(note.id(), TUE_PM, 2));
        assertThat(entriesOf(TUE_PM)).containsExactly("4", "5", "Closing of the session");
        assertThatThrownBy(() -> new EditNote(entryAt(TUE_PM, 0), "x").apply(stack.meeting()))
                .hasMessageContaining("Only free-text entries");
    }

    @Test
    void impossibleSchedulingIsRefused() {
        assertThatThrownBy(() -> stack.execute(new AddScheduleEntry(TUE_AM, 0, ItemEntry.of(new ItemId("gone")))))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("no longer exists");
        assertThatThrownBy(() -> stack.execute(new AddScheduleEntry(new SlotId("gone"), 0, ItemEntry.of(ITEM_2))))
                .hasMessageContaining("meeting no longer exists");
        assertThatThrownBy(() -> stack.execute(new MoveScheduleEntry(new EntryId("gone"), TUE_AM, 0)))
                .hasMessageContaining("entry no longer exists");
        assertThatThrownBy(() -> stack.execute(new AddScheduleEntry(TUE_AM, 5, ItemEntry.of(ITEM_2))))
                .hasMessageContaining("outside");
        assertThat(stack.meeting()).isEqualTo(meeting);
    }

    @Test
    void daysAndMeetings() {
        Day wednesday = new Day(LocalDate.of(2018, 7, 4), List.of());
        stack.execute(new AddDay(2, wednesday));
        MeetingSlot morning = MeetingSlot.of(LocalTime.of(10, 0), LocalTime.of(13, 0));
        stack.execute(new AddMeetingSlot(2, 0, morning));
        stack.execute(new EditMeetingSlot(morning.id(), LocalTime.of(9, 30), LocalTime.of(12, 30), "Plenary"));
        assertThat(stack.meeting().organization().slot(morning.id()).orElseThrow())
                .extracting(MeetingSlot::start, MeetingSlot::label).containsExactly(LocalTime.of(9, 30), "Plenary");

        List<MeetingSlot> mondayProgramme = stack.meeting().organization().days().get(0).meetings();
        stack.execute(new MoveDay(2, 0));
        // the programme moves, the dates stay in calendar order
        assertThat(stack.meeting().organization().days()).extracting(Day::date).containsExactly(
                LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 3), LocalDate.of(2018, 7, 4));
        assertThat(stack.meeting().organization().days().get(0).meetings()).containsExactly(morning.withTimes(
                LocalTime.of(9, 30), LocalTime.of(12, 30), "Plenary"));
        assertThat(stack.meeting().organization().days().get(1).meetings()).isEqualTo(mondayProgramme);
        stack.execute(new ChangeDayDate(2, LocalDate.of(2018, 7, 5)));
        stack.execute(new RemoveMeetingSlot(morning.id()));
        stack.execute(new RemoveDay(0));
        assertThat(stack.meeting().organization().days()).hasSize(2);
        while (stack.canUndo()) {
            stack.undo();
        }
        assertThat(stack.meeting()).isEqualTo(meeting);
    }

    @Test
    void dayAndTimeMistakesAreRefused() {
        assertThatThrownBy(() -> stack.execute(new AddDay(0, new Day(LocalDate.of(2018, 7, 2), List.of()))))
                .hasMessageContaining("already a day on Monday, 2 July");
        assertThatThrownBy(() -> stack.execute(new ChangeDayDate(1, LocalDate.of(2018, 7, 2))))
                .hasMessageContaining("already a day");
        assertThatThrownBy(() -> stack.execute(new EditMeetingSlot(MON_AM, LocalTime.of(13, 0), LocalTime.of(10, 0), "")))
                .hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> stack.execute(new AddMeetingSlot(7, 0, MeetingSlot.of(LocalTime.NOON, LocalTime.MAX))))
                .hasMessageContaining("no longer in the organization");
        assertThatThrownBy(() -> stack.execute(new RemoveDay(3))).isInstanceOf(EditRejectedException.class);
        assertThat(stack.canUndo()).isFalse();
    }
}
