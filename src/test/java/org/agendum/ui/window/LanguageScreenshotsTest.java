package org.agendum.ui.window;

import java.io.IOException;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.model.Meeting;
import org.agendum.testing.VersionMeetings;
import org.agendum.ui.schedule.ScheduleDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the window with an Arabic and a Chinese version, for looking at (right to left, glyphs drawn, numbers
 * on the right, long titles wrapped, a note typed in the organization of work), not for asserting. Runs only when asked, as {@link ScreenshotsTest}:
 * {@code mvn -o test -Dtest=LanguageScreenshotsTest -Dagendum.screenshots=/tmp/shots}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "agendum.screenshots", matches = ".+")
class LanguageScreenshotsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void arabic(FxRobot robot) throws IOException {
        shootVersion(robot, VersionMeetings.arabic(), "arabic");
        // a note typed in the organization of work: right to left, with the version's quotation marks
        robot.clickOn("#addNoteButton");
        robot.clickOn("#noteTextField").write("\"\u0645\u0634\u0627\u0648\u0631\u0627\u062A\" \u063A\u064A\u0631"
                + " \u0631\u0633\u0645\u064A\u0629");
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#noteTextDialog").query().getScene().snapshot(null));
        ScreenshotsTest.write(image[0], "arabic-note");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void chinese(FxRobot robot) throws IOException {
        shootVersion(robot, VersionMeetings.chinese(), "chinese");
    }

    private void shootVersion(FxRobot robot, Meeting meeting, String name) throws IOException {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = MainWindow.show(stage, new CommandStack(meeting),
                TestWindows.setup(TestWindows.tempFolder()).schedulePrompts(new ScheduleDialogs())));
        // the first item with an annotation, its editor built
        robot.interact(() -> window[0].viewModel().select(meeting.agenda().allItems().stream()
                .filter(item -> !item.annotation().isEmpty()).findFirst().orElseThrow().id()));
        robot.clickOn("#annotationArea");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, name + "-item");
        robot.clickOn("#detailsTab");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, name + "-details");
        robot.clickOn("#scheduleTab");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, name + "-schedule");
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        ScreenshotsTest.write(image[0], name);
    }
}
