package org.agendum.ui.schedule;

import static org.agendum.ui.schedule.PendingAnswer.focusOwner;
import static org.agendum.ui.schedule.PendingAnswer.isShowing;
import static org.agendum.ui.schedule.PendingAnswer.okButton;
import static org.agendum.ui.schedule.PendingAnswer.owner;
import static org.agendum.ui.schedule.PendingAnswer.pane;
import static org.agendum.ui.schedule.PendingAnswer.retype;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class NoteTextDialogTest extends DialogTest {
    private static final String DIALOG = "noteTextDialog";
    /** What the dialog told of each keystroke. */
    private final List<String> typed = new CopyOnWriteArrayList<>();

    private PendingAnswer<String> ask(String initial) {
        return PendingAnswer.ask(() -> new ScheduleDialogs().noteText(stage, "Edit note", initial, typed::add));
    }

    private static TextField field(FxRobot robot) {
        return robot.lookup("#noteTextField").queryAs(TextField.class);
    }

    @Test
    void opensOnTheTextWithTheCaretInIt(FxRobot robot) {
        ask("Informal consultations");

        assertThat(field(robot).getText()).isEqualTo("Informal consultations");
        assertThat(field(robot).getPromptText()).isEqualTo("e.g. Informal consultations");
        assertThat(focusOwner(robot, DIALOG)).isSameAs(field(robot));
        assertThat(pane(robot, DIALOG).getHeaderText()).isEqualTo("Edit note");
        assertThat(owner(robot, DIALOG)).isSameAs(stage);
        assertThat(okButton(robot).isDisabled()).isFalse();
    }

    @Test
    void enterReturnsTheTextWithoutSurroundingSpaces(FxRobot robot) {
        PendingAnswer<String> pending = ask("Informal consultations");
        retype(robot, "#noteTextField", "  Closing of the session ");
        robot.type(KeyCode.ENTER);

        assertThat(pending.answer()).contains("Closing of the session");
        assertThat(typed).as("each keystroke told as it happened").contains("  C", "  Closing of the session ");
    }

    @Test
    void blankTextIsNoEntrySoOkWaits(FxRobot robot) {
        PendingAnswer<String> pending = ask("");
        assertThat(okButton(robot).isDisabled()).isTrue();

        retype(robot, "#noteTextField", "   ");
        assertThat(okButton(robot).isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(pending.isAnswered()).isFalse();

        retype(robot, "#noteTextField", "Adoption of the report");
        assertThat(okButton(robot).isDisabled()).isFalse();
        robot.clickOn("#okButton");
        assertThat(pending.answer()).contains("Adoption of the report");
    }

    @Test
    void escapeCancels(FxRobot robot) {
        PendingAnswer<String> pending = ask("Informal consultations");
        retype(robot, "#noteTextField", "Something else");
        robot.type(KeyCode.ESCAPE);

        assertThat(pending.answer()).isEmpty();
        assertThat(isShowing(robot, DIALOG)).isFalse();
    }
}
