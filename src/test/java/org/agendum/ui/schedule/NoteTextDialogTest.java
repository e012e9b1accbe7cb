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
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.agendum.model.Language;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class NoteTextDialogTest extends DialogTest {
    private static final String DIALOG = "noteTextDialog";
    /** What the dialog told of each keystroke. */
    private final List<String> typed = new CopyOnWriteArrayList<>();

    private PendingAnswer<String> ask(String initial) {
        return ask(Language.ENGLISH, initial);
    }

    private PendingAnswer<String> ask(Language version, String initial) {
        return PendingAnswer.ask(() -> new ScheduleDialogs().noteText(stage, version, "Edit note", initial, typed::add));
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

    @Test
    void quotesAreTheVersionsMarks(FxRobot robot) {
        ask("");
        robot.write("The \"Group\" meets");
        assertThat(field(robot).getText()).isEqualTo("The \u201CGroup\u201D meets");
        robot.type(KeyCode.ESCAPE);

        ask(Language.FRENCH, "");
        robot.write("Le \"Groupe\" se r\u00E9unit");
        assertThat(field(robot).getText()).isEqualTo("Le \u00AB\u00A0Groupe\u00A0\u00BB se r\u00E9unit");
        assertThat(typed).last().isEqualTo(field(robot).getText());
        assertThat(field(robot).getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void anArabicNoteRunsRightToLeftWithArabicMarks(FxRobot robot) {
        ask(Language.ARABIC, "");
        robot.write("\"\u0645\u0634\u0627\u0648\u0631\u0627\u062A\"");

        assertThat(field(robot).getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(field(robot).getText()).isEqualTo("\u201D\u0645\u0634\u0627\u0648\u0631\u0627\u062A\u201C");
        // the dialog's own words and buttons stay the application's
        assertThat(okButton(robot).getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }
}
