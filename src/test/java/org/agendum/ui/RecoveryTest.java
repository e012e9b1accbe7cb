package org.agendum.ui;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.agendum.edit.RenameItem;
import org.agendum.model.Meeting;
import org.agendum.session.AppDirs;
import org.agendum.session.RecoveryStore;
import org.agendum.testing.OtherProcesses;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.AgendumApp;
import org.agendum.ui.window.MainWindow;
import org.agendum.ui.window.TestWindows;
import org.agendum.ui.window.WindowLookups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a crash: a recovery file left by a process that is gone, then the application starts as the launcher
 * starts it, and offers to restore the work.
 */
class RecoveryTest {
    private final FxRobot robot = new FxRobot();
    private final Path home = TestWindows.tempFolder();
    private final Path original = home.resolve("wg4.agendum");
    private final Meeting crashed = new RenameItem(ITEM_4, "Any other business")
            .apply(TestMeetings.sample());
    private String configBefore;
    private String dataBefore;
    private Stage stage;
    private AgendumApp app;

    @BeforeEach
    void crash() throws Exception {
        configBefore = System.setProperty(AppDirs.CONFIG_PROPERTY, home.resolve("config").toString());
        dataBefore = System.setProperty(AppDirs.DATA_PROPERTY, home.resolve("data").toString());
        new RecoveryStore(home.resolve("data"), OtherProcesses.DEAD_PROCESS)
                .write(crashed, Optional.of(original), "wg4.agendum");
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        restore(AppDirs.CONFIG_PROPERTY, configBefore);
        restore(AppDirs.DATA_PROPERTY, dataBefore);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private long recoveryFiles() throws Exception {
        try (var files = Files.list(home.resolve("data").resolve(RecoveryStore.FOLDER))) {
            return files.count();
        }
    }

    @Test
    void theNextStartOffersTheWorkAndRestoresItUnsavedInItsFile() throws Exception {
        app = (AgendumApp) FxToolkit.setupApplication(AgendumApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        var dialog = robot.lookup("#recoveryDialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).startsWith("Agendum closed unexpectedly while wg4.agendum (autosaved at ");
        robot.clickOn("#restoreButton");
        MainWindow window = app.window();
        TestWindows.awaitReading(window); // the recovery file is read in the background

        assertThat(window.viewModel().meeting()).isEqualTo(crashed);
        assertThat(window.viewModel().commandStack().isDirty()).isTrue();
        assertThat(window.document().file()).contains(original.toAbsolutePath());
        assertThat(stage.getTitle()).isEqualTo("*wg4.agendum \u2013 Agendum");
        assertThat(new WindowLookups(robot).treeLines()).contains("4. Any other business");
        // the file is now this window's own recovery file: not offered again while it runs
        assertThat(window.recovery().exists()).isTrue();
        assertThat(window.recovery().orphans()).isEmpty();
    }

    @Test
    void discardDeletesTheRecoveryFileAndKeepsTheSample() throws Exception {
        app = (AgendumApp) FxToolkit.setupApplication(AgendumApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#discardButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().viewModel().meeting()).isEqualTo(TestMeetings.sample());
        assertThat(recoveryFiles()).isZero();
    }

    @Test
    void decideLaterKeepsItForTheNextStart() throws Exception {
        app = (AgendumApp) FxToolkit.setupApplication(AgendumApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#laterButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().viewModel().meeting()).isEqualTo(TestMeetings.sample());
        assertThat(recoveryFiles()).isEqualTo(2);
    }
}
