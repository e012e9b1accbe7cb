package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.model.DetailField;
import org.agendum.model.Meeting;
import org.agendum.ui.details.DetailsEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a first-time user meets in a new meeting: a hint in the empty agenda, and details that are not all red. */
@ExtendWith(ApplicationExtension.class)
class NewMeetingTest {
    private CommandStack stack;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(Meeting.blankWithStandardGrid(LocalDate.of(2026, 12, 7)));
        MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()));
    }

    @Test
    void theEmptyAgendaSaysHowToAddTheFirstItemAndItsButtonDoesIt(FxRobot robot) {
        Node hint = robot.lookup("#emptyAgendaHint").query();
        assertThat(hint.isVisible()).isTrue();
        assertThat(robot.from(hint).lookup(".label").queryAs(Label.class).getText())
                .startsWith("The agenda has no items yet.").contains("Ctrl+Enter");

        robot.clickOn("#addFirstItemButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().items()).hasSize(1);
        assertThat(hint.isVisible()).as("gone once there is an item").isFalse();
        robot.write("Opening of the session").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().items().get(0).title()).isEqualTo("Opening of the session");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().items()).isEmpty();
        assertThat(hint.isVisible()).as("back with the empty agenda").isTrue();
    }

    @Test
    void emptyRequiredDetailsAreNotedQuietlyUntilTheOfficerHasBeenThere(FxRobot robot) {
        robot.clickOn("#detailsTab");
        WaitForAsyncUtils.waitForFxEvents();
        DetailsEditor details = robot.lookup("#detailsEditor").queryAs(DetailsEditor.class);
        assertThat(details.shownProblem(DetailField.SYMBOL)).as("no red mark before anything was typed").isNull();
        assertThat(robot.lookup(".field-message.note").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Required");

        robot.clickOn("#detail_SYMBOL");
        robot.clickOn("#detail_VENUE"); // the symbol left empty
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details.shownProblem(DetailField.SYMBOL))
                .isEqualTo("The document symbol is missing (as the first page gives it, e.g. CTOC/COP/WG.4/2018/1).");
        assertThat(details.shownProblem(DetailField.BODY_NAME)).as("a field not visited stays quiet").isNull();
    }
}
