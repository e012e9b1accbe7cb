package org.agendum.ui.schedule;

import static org.agendum.ui.schedule.PendingAnswer.focusOwner;
import static org.agendum.ui.schedule.PendingAnswer.isShowing;
import static org.agendum.ui.schedule.PendingAnswer.okButton;
import static org.agendum.ui.schedule.PendingAnswer.owner;
import static org.agendum.ui.schedule.PendingAnswer.pane;
import static org.agendum.ui.schedule.PendingAnswer.retype;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.time.LocalTime;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.agendum.gesture.SlotTimes;
import org.agendum.model.Language;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class MeetingTimesDialogTest extends DialogTest {
    private static final String DIALOG = "meetingTimesDialog";
    private static final SlotTimes MORNING = new SlotTimes(LocalTime.of(10, 0), LocalTime.of(13, 0), "");


    private PendingAnswer<SlotTimes> ask(SlotTimes initial) {
        return ask(Language.ENGLISH, initial);
    }

    private PendingAnswer<SlotTimes> ask(Language version, SlotTimes initial) {
        return PendingAnswer.ask(() -> new ScheduleDialogs().meetingTimes(stage, version, "Edit meeting", initial));
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private static String error(FxRobot robot) {
        return robot.lookup("#meetingTimesError").queryAs(Label.class).getText();
    }

    private static String preview(FxRobot robot) {
        return robot.lookup("#meetingTimesPreview").queryAs(Label.class).getText();
    }

    private static boolean markedInvalid(TextField field) {
        return field.getPseudoClassStates().contains(Styles.STATE_DANGER);
    }

    @Test
    void opensOnTheMeetingsTimesWithTheCaretInTheStart(FxRobot robot) {
        ask(new SlotTimes(LocalTime.of(15, 0), LocalTime.of(18, 0), "High-level segment"));

        assertThat(field(robot, "meetingStartField").getText()).isEqualTo("3 p.m.");
        assertThat(field(robot, "meetingEndField").getText()).isEqualTo("6 p.m.");
        assertThat(field(robot, "meetingLabelField").getText()).isEqualTo("High-level segment");
        assertThat(field(robot, "meetingLabelField").getPromptText()).isEqualTo("Optional, e.g. High-level segment");
        assertThat(focusOwner(robot, DIALOG)).isSameAs(field(robot, "meetingStartField"));
        assertThat(field(robot, "meetingStartField").getSelectedText()).as("typing replaces it").isEqualTo("3 p.m.");
        assertThat(pane(robot, DIALOG).getHeaderText()).isEqualTo("Edit meeting");
        assertThat(((Stage) pane(robot, DIALOG).getScene().getWindow()).getTitle()).isEqualTo("Edit meeting \u2013 Agendum");
        assertThat(owner(robot, DIALOG)).isSameAs(stage);
        assertThat(error(robot)).isEmpty();
        assertThat(preview(robot)).isEqualTo("3\u20136 p.m.");
        assertThat(okButton(robot).isDisabled()).isFalse();
    }

    @Test
    void okReturnsTheTypedTimesAndLabel(FxRobot robot) {
        PendingAnswer<SlotTimes> pending = ask(MORNING);
        retype(robot, "#meetingStartField", "9.30");
        retype(robot, "#meetingEndField", "12:45");
        retype(robot, "#meetingLabelField", "  High-level segment ");
        assertThat(preview(robot)).isEqualTo("9.30 a.m.\u201312.45 p.m.");
        robot.clickOn("#okButton");

        assertThat(pending.answer()).contains(
                new SlotTimes(LocalTime.of(9, 30), LocalTime.of(12, 45), "High-level segment"));
    }

    @Test
    void aBareAfternoonHourIsReadAsPmAndThePreviewShowsIt(FxRobot robot) {
        PendingAnswer<SlotTimes> pending = ask(MORNING);
        retype(robot, "#meetingEndField", "3");
        assertThat(preview(robot)).isEqualTo("10 a.m.\u20133 p.m.");
        robot.type(KeyCode.ENTER);

        assertThat(pending.answer()).contains(new SlotTimes(LocalTime.of(10, 0), LocalTime.of(15, 0), ""));
    }

    @Test
    void somethingThatIsNotATimeIsExplainedAndOkWaits(FxRobot robot) {
        PendingAnswer<SlotTimes> pending = ask(MORNING);
        retype(robot, "#meetingEndField", "13 p.m.");

        assertThat(error(robot)).isEqualTo("Type a time such as 10 a.m. or 15:00.");
        assertThat(preview(robot)).isEmpty();
        assertThat(okButton(robot).isDisabled()).isTrue();
        assertThat(markedInvalid(field(robot, "meetingEndField"))).isTrue();
        assertThat(markedInvalid(field(robot, "meetingStartField"))).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(pending.isAnswered()).as("Enter does nothing while the input is wrong").isFalse();

        retype(robot, "#meetingEndField", "1 p.m.");
        assertThat(error(robot)).isEmpty();
        assertThat(markedInvalid(field(robot, "meetingEndField"))).isFalse();
        assertThat(okButton(robot).isDisabled()).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(pending.answer()).contains(MORNING);
    }

    @Test
    void anEmptyStartIsNotATime(FxRobot robot) {
        ask(MORNING);
        retype(robot, "#meetingStartField", "");

        assertThat(error(robot)).isEqualTo("Type a time such as 10 a.m. or 15:00.");
        assertThat(markedInvalid(field(robot, "meetingStartField"))).isTrue();
        assertThat(okButton(robot).isDisabled()).isTrue();
    }

    @Test
    void theMeetingMustEndAfterItStarts(FxRobot robot) {
        ask(MORNING);
        retype(robot, "#meetingEndField", "10 a.m.");
        assertThat(error(robot)).isEqualTo("The meeting must end after it starts.");
        assertThat(okButton(robot).isDisabled()).isTrue();

        retype(robot, "#meetingEndField", "9:00");
        assertThat(error(robot)).isEqualTo("The meeting must end after it starts.");
        assertThat(markedInvalid(field(robot, "meetingEndField"))).isTrue();

        // midnight as the end closes the day
        retype(robot, "#meetingStartField", "9 p.m.");
        retype(robot, "#meetingEndField", "midnight");
        assertThat(error(robot)).isEmpty();
        assertThat(preview(robot)).isEqualTo("9 p.m.\u201312 midnight");
        assertThat(okButton(robot).isDisabled()).isFalse();
    }

    @Test
    void escapeCancelsWhateverWasTyped(FxRobot robot) {
        PendingAnswer<SlotTimes> pending = ask(MORNING);
        retype(robot, "#meetingStartField", "11");
        robot.type(KeyCode.ESCAPE);

        assertThat(pending.answer()).isEmpty();
        assertThat(isShowing(robot, DIALOG)).isFalse();
    }

    @Test
    void cancelAnswersNothing(FxRobot robot) {
        PendingAnswer<SlotTimes> pending = ask(MORNING);
        retype(robot, "#meetingEndField", "nonsense");
        robot.clickOn("#cancelButton");

        assertThat(pending.answer()).isEmpty();
    }

    @Test
    void withoutAnOwnerTheDialogStillOpens(FxRobot robot) {
        PendingAnswer<SlotTimes> pending = PendingAnswer.ask(
                () -> new ScheduleDialogs().meetingTimes((Window) null, Language.ENGLISH, "New meeting", MORNING));
        assertThat(owner(robot, DIALOG)).isNull();
        robot.clickOn("#okButton");

        assertThat(pending.answer()).contains(MORNING);
    }

    @Test
    void aFrenchVersionPreviewsItsTimesAndTypesItsMarksInTheLabel(FxRobot robot) {
        PendingAnswer<SlotTimes> pending = ask(Language.FRENCH, MORNING);
        assertThat(preview(robot)).isEqualTo("10 heures-13 heures");
        // the times are still typed as in English; the preview says how they were read
        retype(robot, "#meetingEndField", "1.30 p.m.");
        assertThat(preview(robot)).isEqualTo("10 heures-13 h 30");

        robot.clickOn("#meetingLabelField").write("Segment \"haut niveau\"");
        assertThat(field(robot, "meetingLabelField").getText()).isEqualTo("Segment \u00AB\u00A0haut niveau\u00A0\u00BB");
        robot.clickOn("#okButton");
        assertThat(pending.answer().orElseThrow().label()).isEqualTo("Segment \u00AB\u00A0haut niveau\u00A0\u00BB");
    }

    @Test
    void anArabicVersionsLabelRunsRightToLeftAndTheTimesDoNot(FxRobot robot) {
        ask(Language.ARABIC, MORNING);

        assertThat(preview(robot)).isEqualTo("10:00-13:00");
        assertThat(field(robot, "meetingLabelField").getEffectiveNodeOrientation())
                .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(field(robot, "meetingStartField").getEffectiveNodeOrientation())
                .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }
}
