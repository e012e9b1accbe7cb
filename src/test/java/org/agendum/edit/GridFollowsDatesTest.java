package org.agendum.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendum.model.Day;
import org.agendum.model.DetailField;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingInfo;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.testing.Fixtures;
import org.agendum.typography.UnTimes;
import org.junit.jupiter.api.Test;

/** Setting the dates lays out the organization of work, through the command stack as the details editor does it. */
class GridFollowsDatesTest {
    private static final LocalDate JULY_2 = LocalDate.of(2018, 7, 2);
    private static final LocalDate JULY_3 = LocalDate.of(2018, 7, 3);
    private static final LocalDate JULY_4 = LocalDate.of(2018, 7, 4);

    private final Meeting reference = Fixtures.referenceMeeting();
    private final Meeting unorganized = reference.withOrganization(OrganizationOfWork.EMPTY);

    private static EditDetails dates(CommandStack stack, LocalDate start, LocalDate end) {
        return new EditDetails<>(DetailField.DATES, new MeetingInfo.Dates(start, end));
    }

    private static List<String> grid(Meeting meeting) {
        return meeting.organization().days().stream().map(GridFollowsDatesTest::line).toList();
    }

    private static String line(Day day) {
        return day.date() + " " + String.join(", ", day.meetings().stream()
                .map(slot -> UnTimes.range(slot.start(), slot.end()) + slot.entries()).toList());
    }

    @Test
    void datesSetOnAnEmptyOrganizationLayOutOneDayPerDateInTheSameStep() {
        CommandStack stack = new CommandStack(unorganized);
        stack.execute(dates(stack, JULY_2, JULY_4));
        assertThat(grid(stack.meeting())).containsExactly(
                "2018-07-02 10 a.m.–1 p.m.[], 3–6 p.m.[]",
                "2018-07-03 10 a.m.–1 p.m.[], 3–6 p.m.[]",
                "2018-07-04 10 a.m.–1 p.m.[], 3–6 p.m.[]");
        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Edit dates");

        stack.undo();
        assertThat(stack.meeting()).isEqualTo(unorganized);
    }

    @Test
    void anOrganizationTheOfficerHasWorkedOnIsNeverReplaced() {
        CommandStack stack = new CommandStack(reference);
        stack.execute(dates(stack, JULY_2, JULY_4));
        assertThat(stack.meeting().organization()).isSameAs(reference.organization());

        Meeting standard = unorganized.withOrganization(OrganizationOfWork.standardFor(JULY_2, JULY_3));
        Meeting retimedFirst = new EditMeetingSlot(standard.organization().allSlots().get(0).id(),
                LocalTime.of(9, 0), LocalTime.of(12, 0), "").apply(standard);
        stack = new CommandStack(retimedFirst);
        stack.execute(dates(stack, JULY_2, JULY_4));
        assertThat(stack.meeting().organization()).isSameAs(retimedFirst.organization());
    }

    @Test
    void datesThatEndBeforeTheyStartLeaveTheOrganizationAlone() {
        CommandStack stack = new CommandStack(unorganized);
        stack.execute(dates(stack, JULY_4, JULY_2));
        assertThat(stack.meeting().details().meetingInfo().startDate()).isEqualTo(JULY_4);
        assertThat(stack.meeting().organization()).isEqualTo(OrganizationOfWork.EMPTY);
    }

    @Test
    void otherDetailsNeverLayOutTheOrganization() {
        CommandStack stack = new CommandStack(unorganized);
        stack.execute(new EditDetails<>(DetailField.VENUE, "Geneva"));
        assertThat(stack.meeting().organization()).isEqualTo(OrganizationOfWork.EMPTY);
    }

    @Test
    void dateEditsMergedIntoOneStepUndoToTheEmptyOrganization() {
        CommandStack stack = new CommandStack(unorganized);
        stack.execute(dates(stack, JULY_3, JULY_3));
        stack.execute(dates(stack, JULY_2, JULY_4));
        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(stack.meeting().organization().days()).extracting(Day::date).containsExactly(JULY_2, JULY_3, JULY_4);

        stack.undo();
        assertThat(stack.meeting()).isEqualTo(unorganized);
        stack.redo();
        assertThat(stack.meeting().organization().days()).extracting(Day::date).containsExactly(JULY_2, JULY_3, JULY_4);
    }

    @Test
    void aNewMeetingsGridFollowsTheDatesUntilTheOfficerChangesIt() {
        LocalDate today = LocalDate.of(2018, 6, 11);
        CommandStack stack = new CommandStack(Meeting.blankWithStandardGrid(today));
        assertThat(grid(stack.meeting())).containsExactly("2018-06-11 10 a.m.–1 p.m.[], 3–6 p.m.[]");

        stack.execute(dates(stack, JULY_2, today)); // the start first: for a moment the dates are backwards
        assertThat(stack.meeting().organization().days()).extracting(Day::date).containsExactly(today);
        stack.execute(dates(stack, JULY_2, JULY_3));
        assertThat(stack.meeting().organization().days()).extracting(Day::date).containsExactly(JULY_2, JULY_3);

        MeetingSlot first = stack.meeting().organization().allSlots().get(0);
        stack.execute(new AddScheduleEntry(first.id(), 0, NoteEntry.of("Informal consultations")));
        OrganizationOfWork worked = stack.meeting().organization();
        stack.execute(dates(stack, JULY_2, JULY_4));
        assertThat(stack.meeting().organization()).isSameAs(worked);
    }
}
