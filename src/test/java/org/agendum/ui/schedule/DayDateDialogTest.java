package org.agendum.ui.schedule;

import static org.agendum.ui.schedule.PendingAnswer.focusOwner;
import static org.agendum.ui.schedule.PendingAnswer.isShowing;
import static org.agendum.ui.schedule.PendingAnswer.okButton;
import static org.agendum.ui.schedule.PendingAnswer.owner;
import static org.agendum.ui.schedule.PendingAnswer.pane;
import static org.agendum.ui.schedule.PendingAnswer.retype;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.agendum.ui.details.UnDateConverter;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class DayDateDialogTest extends DialogTest {
    private static final String DIALOG = "dayDateDialog";
    private static final String EDITOR = "#dayDatePicker .text-field";
    private static final LocalDate OPENING = LocalDate.of(2018, 7, 2);


    private PendingAnswer<LocalDate> ask(LocalDate initial) {
        return PendingAnswer.ask(() -> new ScheduleDialogs().dayDate(stage, "Change the date", initial));
    }

    private static DatePicker picker(FxRobot robot) {
        return robot.lookup("#dayDatePicker").queryAs(DatePicker.class);
    }

    private static String error(FxRobot robot) {
        return robot.lookup("#dayDateError").queryAs(Label.class).getText();
    }

    @Test
    void opensOnTheDateWrittenTheUnWayWithTheCaretInIt(FxRobot robot) {
        ask(OPENING);

        assertThat(picker(robot).getEditor().getText()).isEqualTo("2 July 2018");
        assertThat(picker(robot).getConverter()).isInstanceOf(UnDateConverter.class);
        assertThat(focusOwner(robot, DIALOG)).isIn(picker(robot), picker(robot).getEditor());
        assertThat(pane(robot, DIALOG).getHeaderText()).isEqualTo("Change the date");
        assertThat(owner(robot, DIALOG)).isSameAs(stage);
        assertThat(error(robot)).isEmpty();
        assertThat(okButton(robot).isDisabled()).isFalse();
    }

    @Test
    void enterRightAfterTypingTakesTheTypedDate(FxRobot robot) {
        PendingAnswer<LocalDate> pending = ask(OPENING);
        retype(robot, EDITOR, "3 July 2018");
        robot.type(KeyCode.ENTER);

        assertThat(pending.answer()).contains(LocalDate.of(2018, 7, 3));
    }

    @Test
    void otherWrittenFormsAreReadToo(FxRobot robot) {
        PendingAnswer<LocalDate> pending = ask(OPENING);
        retype(robot, EDITOR, "4/7/2018");
        robot.clickOn("#okButton");

        assertThat(pending.answer()).contains(LocalDate.of(2018, 7, 4));
    }

    @Test
    void somethingThatIsNotADateIsExplainedAndOkWaits(FxRobot robot) {
        PendingAnswer<LocalDate> pending = ask(OPENING);
        retype(robot, EDITOR, "32 July 2018");

        assertThat(error(robot)).isEqualTo("Type a date such as 2 July 2018.");
        assertThat(okButton(robot).isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(pending.isAnswered()).isFalse();

        retype(robot, EDITOR, "");
        assertThat(okButton(robot).isDisabled()).isTrue();

        retype(robot, EDITOR, "2018-07-03");
        assertThat(error(robot)).isEmpty();
        assertThat(okButton(robot).isDisabled()).isFalse();
    }

    @Test
    void withoutADateOkWaitsForOne(FxRobot robot) {
        PendingAnswer<LocalDate> pending = ask(null);
        assertThat(picker(robot).getEditor().getText()).isEmpty();
        assertThat(okButton(robot).isDisabled()).isTrue();

        retype(robot, EDITOR, "5 July 2018");
        robot.clickOn("#okButton");
        assertThat(pending.answer()).contains(LocalDate.of(2018, 7, 5));
    }

    @Test
    void escapeCancels(FxRobot robot) {
        PendingAnswer<LocalDate> pending = ask(OPENING);
        retype(robot, EDITOR, "3 July 2018");
        robot.type(KeyCode.ESCAPE);

        assertThat(pending.answer()).isEmpty();
        assertThat(isShowing(robot, DIALOG)).isFalse();
    }
}
