package org.agendum.ui.window;

import java.io.IOException;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.model.Meeting;
import org.agendum.testing.VersionMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the window with an Arabic and a Chinese version, for looking at (right to left, glyphs drawn, numbers
 * on the right), not for asserting. Runs only when asked, as {@link ScreenshotsTest}:
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
    }

    @Test
    void chinese(FxRobot robot) throws IOException {
        shootVersion(robot, VersionMeetings.chinese(), "chinese");
    }

    private void shootVersion(FxRobot robot, Meeting meeting, String name) throws IOException {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = MainWindow.show(stage, new CommandStack(meeting),
                TestWindows.setup(TestWindows.tempFolder())));
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
