package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.agendum.edit.RenameItem;
import org.agendum.file.MeetingFiles;
import org.agendum.session.Prompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Autosave to the recovery file while there are unsaved changes, with a short interval. */
@ExtendWith(ApplicationExtension.class)
class AutosaveTest {
    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow().autosaveEvery(Duration.ofMillis(100));

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited 10 s in vain", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void unsavedChangesAreAutosavedAndTheRecoveryFileGoesWithASave(FxRobot robot) throws Exception {
        Path recovery = sample.window.recovery().meetingFile();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(recovery)).isFalse(); // nothing unsaved, nothing written

        robot.interact(() -> sample.stack.execute(new RenameItem(ITEM_4, "Any other business")));
        waitUntil(() -> Files.exists(recovery) && MeetingFiles.load(recovery).equals(sample.stack.meeting()));
        waitUntil(() -> robot.lookup("#saveState").queryLabeled().getText().startsWith("Unsaved changes \u00b7 autosaved "));
        assertThat(sample.window.recovery().orphans()).isEmpty(); // this window's own, not a crash's

        robot.interact(() -> sample.window.files().save());
        waitUntil(() -> !Files.exists(recovery));
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(sample.stack.meeting());
    }

    @Test
    void undoingBackToWhatIsSavedRemovesTheRecoveryFile(FxRobot robot) {
        Path recovery = sample.window.recovery().meetingFile();
        robot.interact(() -> sample.stack.execute(new RenameItem(ITEM_4, "Any other business")));
        waitUntil(() -> Files.exists(recovery));
        robot.interact(sample.stack::undo);
        waitUntil(() -> !Files.exists(recovery));
        // as it was read from the file
        assertThat(robot.lookup("#saveState").queryLabeled().getText()).isEqualTo("Opened wg4.agendum");
    }

    @Test
    void closingWithoutSavingRemovesTheRecoveryFile(FxRobot robot) throws Exception {
        Path recovery = sample.window.recovery().meetingFile();
        robot.interact(() -> sample.stack.execute(new RenameItem(ITEM_4, "Any other business")));
        waitUntil(() -> Files.exists(recovery));
        sample.prompts.answer(Prompts.SaveChoice.DONT_SAVE);
        robot.interact(() -> sample.window.files().close());
        assertThat(sample.prompts.questions).containsExactly("save wg4.agendum");
        assertThat(Files.exists(recovery)).isFalse();
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(sample.meeting);
    }
}
