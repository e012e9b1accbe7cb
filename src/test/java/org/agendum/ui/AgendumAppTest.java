package org.agendum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.session.AppDirs;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.files.OpenErrorAlert;
import org.agendum.ui.window.SavedSampleWindow;
import org.agendum.ui.window.WindowLookups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.agendum.testing.LoadErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The application as the launcher starts it: with no argument, or with a file that cannot be read. */
class AgendumAppTest {
    private final FxRobot robot = new FxRobot();
    /** A saved copy of the sample for the application to open, and a data folder of the test's own. */
    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();
    private Stage stage;
    private AgendumApp app;
    private String dataBefore;

    @BeforeEach
    void registerStage() throws Exception {
        // a data folder of its own: no recovery file of another test is offered at start
        dataBefore = System.setProperty(AppDirs.DATA_PROPERTY, sample.dataFolder().toString());
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (dataBefore == null) {
            System.clearProperty(AppDirs.DATA_PROPERTY);
        } else {
            System.setProperty(AppDirs.DATA_PROPERTY, dataBefore);
        }
    }

    @Test
    void withoutArgumentsShowsTheSample() throws Exception {
        app = (AgendumApp) FxToolkit.setupApplication(AgendumApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Working Group on Trafficking in Persons (sample) \u2013 Agendum");
        assertThat(new WindowLookups(robot).treeLines()).startsWith("1. Organizational matters");
        assertThat(app.window().viewModel().meeting()).isEqualTo(TestMeetings.sample());
        assertThat(robot.lookup("#openErrorDialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#recoveryDialog").tryQuery()).isEmpty();
    }

    /** "agendum last-session.txt" (or .docx, .pdf), as a desktop's "Open with Agendum" gives it: imported, report shown. */
    @Test
    void aDocumentGivenInsteadOfAMeetingFileIsImported() throws Exception {
        Path document = sample.folder.resolve("CTOC_COP_WG.4_2018_1.txt");
        java.nio.file.Files.copy(Path.of("..", "shared", "reference", "CTOC_COP_WG.4_2018_1.txt"), document);

        app = (AgendumApp) FxToolkit.setupApplication(AgendumApp.class, document.toString());
        WaitForAsyncUtils.waitForFxEvents();
        org.agendum.ui.window.TestWindows.awaitReading(app.window());

        assertThat(robot.lookup("#importReportPanel").tryQuery()).isPresent();
        assertThat(app.window().document().file()).as("Save asks where").isEmpty();
        assertThat(stage.getTitle()).doesNotContain("(sample)");
        assertThat(app.window().viewModel().meeting().agenda().items()).hasSize(5);
        assertThat(robot.lookup("#openErrorDialog").tryQuery()).isEmpty();
    }

    @Test
    void aFileOpenInAnotherAgendumIsAskedAboutOnceTheWindowIsUp() throws Exception {
        Path file = sample.lockedBy(new LockOwner("maria", "conference-room-pc", 4242, Instant.now())).save();

        app = (AgendumApp) FxToolkit.setupApplication(AgendumApp.class, file.toString());
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup("#fileInUseDialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).startsWith("wg4.agendum is open in Agendum by maria on conference-room-pc");
        robot.clickOn("#readOnlyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("wg4.agendum (read-only) \u2013 Agendum");
        assertThat(LockFiles.read(file).map(LockOwner::user)).contains("maria");
    }

    @Test
    void aFileThatCannotBeReadIsExplainedAndTheSampleShown() throws Exception {
        Path file = Path.of("target", "does-not-exist.agendum");
        String reason = LoadErrors.messageFor(file);

        app = (AgendumApp) FxToolkit.setupApplication(AgendumApp.class, file.toString());
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup("#openErrorDialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo(OpenErrorAlert.HEADER);
        assertThat(dialog.getContentText()).startsWith(reason).contains("sample");
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#openErrorDialog").tryQuery()).isEmpty();
        assertThat(stage.getTitle()).contains("(sample)");
        assertThat(app.window().viewModel().meeting()).isEqualTo(TestMeetings.sample());
    }
}
