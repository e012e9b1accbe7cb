package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.RenameItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, item 2: Ctrl+E on a meeting with errors asks first, in the real dialog ({@code exportErrorsDialog}),
 * answered by clicking its buttons.
 */
@ExtendWith(ApplicationExtension.class)
class ExportErrorsDialogTest {
    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow().questionsInDialogs();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    private DialogPane exportWithErrors(FxRobot robot) {
        robot.interact(() -> sample.stack.execute(new RenameItem(ITEM_4, "")));
        robot.interact(sample.stage::requestFocus);
        robot.clickOn("#agendaTree");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#exportErrorsDialog").queryAs(DialogPane.class);
    }

    @Test
    void theQuestionNamesHowManyErrorsAndTheFirstAndShowProblemsShowsThem(FxRobot robot) {
        DialogPane question = exportWithErrors(robot);
        assertThat(question.getHeaderText()).isEqualTo("The meeting has 1 error.");
        assertThat(question.getContentText()).contains("has no title");
        assertThat(robot.lookup("#exportAnywayButton").tryQuery()).isPresent();
        assertThat(robot.lookup("#cancelButton").tryQuery()).isPresent();

        robot.clickOn("#showProblemsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exportErrorsDialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#problemsPanel").tryQuery()).isPresent();
        assertThat(sample.window.viewModel().selectedItem()).isEqualTo(ITEM_4);
        assertThat(sample.dialogs.asked).isEmpty();
    }

    @Test
    void exportAnywayAsksWhereAndWrites(FxRobot robot) throws Exception {
        Path target = sample.folder.resolve("wg4.docx");
        sample.dialogs.answer(target);
        exportWithErrors(robot);
        robot.clickOn("#exportAnywayButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(target));
        assertThat(sample.dialogs.asked).containsExactly("export wg4.docx");
    }

    @Test
    void cancelDoesNothing(FxRobot robot) {
        exportWithErrors(robot);
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exportErrorsDialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#problemsPanel").tryQuery()).isEmpty();
        assertThat(sample.dialogs.asked).isEmpty();
    }
}
