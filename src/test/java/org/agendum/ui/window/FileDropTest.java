package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.agendum.file.MeetingFiles;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dragged onto the window: a meeting file opens, last session's document is imported (with its report), and
 * several files at once are refused with a word in the status bar. The desktop's own drag cannot be made headless, so
 * the files are dragged from a label of the test's own (put under the toolbar) that puts them on the dragboard as a
 * file manager does.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FileDropTest {
    private static final Path REFERENCE = Path.of("..", "shared", "reference", "CTOC_COP_WG.4_2018_1.txt");

    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();

    private List<File> dragged = List.of();

    @Start
    void start(Stage stage) {
        sample.show(stage);
        Label files = new Label("files");
        files.setId("fileManager");
        files.setMinSize(120, 30);
        files.addEventHandler(MouseEvent.DRAG_DETECTED, event -> {
            Dragboard board = files.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(dragged);
            board.setContent(content);
            event.consume();
        });
        // under the toolbar: Monocle carries a drag only within one window, not from another
        ((VBox) ((BorderPane) stage.getScene().getRoot()).getTop()).getChildren().add(files);
    }

    private void drop(FxRobot robot, Path... files) {
        dragged = java.util.Arrays.stream(files).map(Path::toFile).toList();
        robot.drag("#fileManager", MouseButton.PRIMARY).dropTo("#agendaTree");
        WaitForAsyncUtils.waitForFxEvents();
        TestWindows.awaitReading(sample.window);
    }

    @Test
    void aDroppedDocumentIsImportedWithItsReport(FxRobot robot) throws Exception {
        Path document = sample.folder.resolve("CTOC_COP_WG.4_2018_1.txt");
        Files.copy(REFERENCE, document);

        drop(robot, document);

        assertThat(sample.window.document().file()).as("an imported meeting has no file yet").isEmpty();
        assertThat(sample.stack.meeting().details().masthead().symbol()).isEqualTo("CTOC/COP/WG.4/2018/1");
        assertThat(robot.lookup("#importReportPanel").tryQuery()).isPresent();
    }

    @Test
    void aDroppedMeetingFileOpens(FxRobot robot) throws Exception {
        Path other = sample.folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);

        drop(robot, other);

        assertThat(sample.window.document().file()).contains(other.toAbsolutePath());
        assertThat(sample.stack.meeting()).isEqualTo(TestMeetings.styled());
        assertThat(robot.lookup("#importReportPanel").tryQuery()).isEmpty();
    }

    @Test
    void severalFilesAtOnceAreRefusedAndChangeNothing(FxRobot robot) throws Exception {
        Path one = sample.folder.resolve("one.agendum");
        Path two = sample.folder.resolve("two.agendum");
        MeetingFiles.save(TestMeetings.styled(), one);
        MeetingFiles.save(TestMeetings.styled(), two);

        drop(robot, one, two);

        assertThat(sample.window.document().file()).contains(sample.file.toAbsolutePath());
        assertThat(sample.stack.meeting()).isEqualTo(sample.meeting);
        assertThat(sample.window.statusBar().messageText()).isEqualTo(FileDrop.ONE_AT_A_TIME);
    }
}
