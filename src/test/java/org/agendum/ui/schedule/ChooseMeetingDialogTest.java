package org.agendum.ui.schedule;

import static org.agendum.ui.schedule.PendingAnswer.focusOwner;
import static org.agendum.ui.schedule.PendingAnswer.isShowing;
import static org.agendum.ui.schedule.PendingAnswer.okButton;
import static org.agendum.ui.schedule.PendingAnswer.owner;
import static org.agendum.ui.schedule.PendingAnswer.pane;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.agendum.model.Day;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.SlotId;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class ChooseMeetingDialogTest extends DialogTest {
    private static final String DIALOG = "chooseMeetingDialog";
    private static final String ITEM = "2 International cooperation";

    private static final MeetingSlot OPENING = new MeetingSlot(new SlotId("m-opening"), LocalTime.of(10, 0),
            LocalTime.of(13, 0), "High-level segment", List.of(ItemEntry.of(new ItemId("item-1")),
                    ItemEntry.of(new ItemId("item-2")), NoteEntry.of("Informal consultations")));
    private static final MeetingSlot MONDAY_AFTERNOON = new MeetingSlot(new SlotId("m-mon-pm"), LocalTime.of(15, 0),
            LocalTime.of(18, 0), "", List.of());
    private static final MeetingSlot TUESDAY_MORNING = new MeetingSlot(new SlotId("m-tue-am"), LocalTime.of(10, 0),
            LocalTime.of(13, 0), "", List.of(ItemEntry.of(new ItemId("item-3"))));
    private static final MeetingSlot TUESDAY_AFTERNOON = new MeetingSlot(new SlotId("m-tue-pm"), LocalTime.of(15, 0),
            LocalTime.of(18, 0), "", List.of());
    private static final OrganizationOfWork WORK = new OrganizationOfWork(List.of(
            new Day(LocalDate.of(2018, 7, 2), List.of(OPENING, MONDAY_AFTERNOON)),
            new Day(LocalDate.of(2018, 7, 3), List.of(TUESDAY_MORNING, TUESDAY_AFTERNOON))));


    private PendingAnswer<SlotId> ask(OrganizationOfWork work) {
        return PendingAnswer.ask(() -> new ScheduleDialogs().chooseMeeting(stage, ITEM, new ItemId("item-2"), work));
    }

    @SuppressWarnings("unchecked")
    private static ListView<ChooseMeetingDialog.Choice> list(FxRobot robot) {
        return robot.lookup("#meetingList").queryAs(ListView.class);
    }

    /** The lines the list shows, as the officer reads them. */
    private static List<String> shownLines(FxRobot robot) {
        return robot.lookup("#meetingList .list-cell").<ListCell<?>>queryAll().stream()
                .filter(cell -> !cell.isEmpty()).sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .map(ListCell::getText).toList();
    }

    private static Node cell(FxRobot robot, String startOfLine) {
        return robot.lookup("#meetingList .list-cell").<ListCell<?>>queryAll().stream()
                .filter(cell -> cell.getText() != null && cell.getText().startsWith(startOfLine))
                .findFirst().orElseThrow();
    }

    @Test
    void listsEveryMeetingInOrderSayingWhereTheItemIsAndSelectsTheFirstWhereItIsNot(FxRobot robot) {
        ask(WORK);

        assertThat(pane(robot, DIALOG).getHeaderText()).isEqualTo("Take up 2 International cooperation in:");
        assertThat(shownLines(robot)).containsExactly(
                "Monday, 2 July, 10 a.m.\u20131 p.m. \u00B7 High-level segment \u00B7 3 entries \u00B7 takes up this item",
                "Monday, 2 July, 3\u20136 p.m. \u00B7 empty",
                "Tuesday, 3 July, 10 a.m.\u20131 p.m. \u00B7 1 entry",
                "Tuesday, 3 July, 3\u20136 p.m. \u00B7 empty");
        assertThat(list(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(focusOwner(robot, DIALOG)).isSameAs(list(robot));
        assertThat(owner(robot, DIALOG)).isSameAs(stage);
        assertThat(okButton(robot).isDisabled()).isFalse();
    }

    @Test
    void okTakesTheSelectedMeeting(FxRobot robot) {
        PendingAnswer<SlotId> pending = ask(WORK);
        robot.clickOn(cell(robot, "Tuesday, 3 July, 10 a.m."));
        robot.clickOn("#okButton");

        assertThat(pending.answer()).contains(TUESDAY_MORNING.id());
    }

    @Test
    void aDoubleClickChooses(FxRobot robot) {
        PendingAnswer<SlotId> pending = ask(WORK);
        robot.doubleClickOn(cell(robot, "Monday, 2 July, 3"));

        assertThat(pending.answer()).contains(MONDAY_AFTERNOON.id());
    }

    @Test
    void theKeysMoveAndEnterChooses(FxRobot robot) {
        PendingAnswer<SlotId> pending = ask(WORK);
        robot.type(KeyCode.DOWN, 3);
        robot.type(KeyCode.ENTER);

        assertThat(pending.answer()).contains(TUESDAY_AFTERNOON.id());
    }

    @Test
    void escapeCancels(FxRobot robot) {
        PendingAnswer<SlotId> pending = ask(WORK);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ESCAPE);

        assertThat(pending.answer()).isEmpty();
        assertThat(isShowing(robot, DIALOG)).isFalse();
    }

    @Test
    void withoutMeetingsItSaysSoAndThereIsNothingToChoose(FxRobot robot) {
        PendingAnswer<SlotId> pending = ask(new OrganizationOfWork(List.of(
                new Day(LocalDate.of(2018, 7, 2), List.of()))));

        assertThat(robot.lookup("#noMeetingsLabel").queryAs(Label.class).getText())
                .isEqualTo("There are no meetings yet. Add a day to the organization of work first.");
        assertThat(robot.lookup("#noMeetingsLabel").query().isVisible()).isTrue();
        assertThat(okButton(robot).isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(pending.isAnswered()).isFalse();
        robot.clickOn("#cancelButton");
        assertThat(pending.answer()).isEmpty();
    }

    @Test
    void anEmptyOrganizationHasNoMeetingsEither(FxRobot robot) {
        ask(OrganizationOfWork.EMPTY);

        assertThat(list(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#noMeetingsLabel").query().isVisible()).isTrue();
        assertThat(okButton(robot).isDisabled()).isTrue();
    }

    @Test
    void aMeetingWithWrongTimesStillHasALine() {
        MeetingSlot backwards = new MeetingSlot(new SlotId("m-bad"), LocalTime.of(13, 0), LocalTime.of(10, 0), "",
                List.of());
        assertThat(ChooseMeetingDialog.line(new Day(LocalDate.of(2018, 7, 2), List.of(backwards)), backwards))
                .isEqualTo("Monday, 2 July, 1 p.m.\u201310 a.m. \u00B7 empty");
    }
}
