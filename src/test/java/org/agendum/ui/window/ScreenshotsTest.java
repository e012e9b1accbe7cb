package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.ITEM_5;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RemoveScheduleEntry;
import org.agendum.edit.RenameItem;
import org.agendum.model.ItemId;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the window in states a screenshot of the running program cannot catch (a drag under way, a rename),
 * for looking at, not for asserting. Runs only when asked:
 * {@code mvn -o test -Dtest=ScreenshotsTest -Dagendum.screenshots=/tmp/shots} (the surefire configuration passes
 * system properties given on the command line to the tests).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "agendum.screenshots", matches = ".+")
class ScreenshotsTest {
    private CommandStack stack;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stack = new CommandStack(TestMeetings.sample());
        MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()).sample(true));
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        write(image[0], name);
    }

    static void write(WritableImage image, String name) throws IOException {
        WritableImage[] image0 = {image};
        PixelReader pixels = image0[0].getPixelReader();
        int width = (int) image0[0].getWidth();
        int height = (int) image0[0].getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path folder = Path.of(System.getProperty("agendum.screenshots"));
        Files.createDirectories(folder);
        ImageIO.write(out, "png", folder.resolve(name + ".png").toFile());
    }

    @Test
    void dragging(FxRobot robot) throws IOException {
        WindowLookups window = new WindowLookups(robot);
        robot.drag(window.cell("5. Adoption of the report"), MouseButton.PRIMARY)
                .moveTo(robot.point(window.cell("4. Other matters")).atPosition(Pos.CENTER_LEFT).atOffset(new Point2D(80, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "drag-into");
        robot.moveTo(robot.point(window.cell("2. International cooperation in cases of trafficking in persons: "
                + "considering the needs and rights of victims")).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(80, 3)));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "drag-before");
        robot.drop();
        robot.drag(window.cell("1. Organizational matters"), MouseButton.PRIMARY)
                .moveTo(robot.point(window.cell("(a) Opening of the meeting")).atPosition(Pos.CENTER_LEFT)
                        .atOffset(new Point2D(80, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "drag-refused");
        robot.drop();
    }

    @Test
    void organizationOfWork(FxRobot robot) throws IOException {
        robot.clickOn("#scheduleTab");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "schedule");
        WindowLookups window = new WindowLookups(robot);
        robot.drag(window.cell("4. Other matters"), MouseButton.PRIMARY)
                .moveTo(robot.point("#meeting-m-0702-pm").atPosition(Pos.BOTTOM_CENTER).atOffset(new Point2D(0, -8)));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "schedule-drag-from-agenda");
        robot.drop();
        robot.drag("#entry-m-0703-pm-2", MouseButton.PRIMARY)
                .moveTo(robot.point("#meeting-m-0702-am").atPosition(Pos.TOP_CENTER).atOffset(new Point2D(0, 12)));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "schedule-drag-chip");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "schedule-after-drops");
    }

    @Test
    void menus(FxRobot robot) throws IOException {
        for (String menu : new String[] {"File", "Edit", "Agenda"}) {
            robot.clickOn(menu);
            WaitForAsyncUtils.waitForFxEvents();
            for (javafx.stage.Window popup : javafx.stage.Window.getWindows()) {
                if (popup instanceof javafx.stage.PopupWindow && popup.isShowing()) {
                    WritableImage[] image = new WritableImage[1];
                    robot.interact(() -> image[0] = popup.getScene().getRoot().snapshot(null, null));
                    write(image[0], "menu-" + menu.toLowerCase(java.util.Locale.ROOT));
                }
            }
            robot.push(KeyCode.ESCAPE);
        }
    }

    @Test
    void renamingAndProblems(FxRobot robot) throws IOException {
        robot.interact(() -> stack.execute(new RenameItem(ITEM_4, "")));
        robot.interact(() -> stack.execute(new RenameItem(ITEM_5, "Adoption of the report.")));
        robot.clickOn("#problemSummary");
        robot.clickOn(new WindowLookups(robot).cell("(a) Opening of the meeting"));
        robot.push(KeyCode.ALT, KeyCode.UP);
        robot.push(KeyCode.F2).write("Opening of the eighth meeting");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "rename-and-problems");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void unscheduledItems(FxRobot robot) throws IOException {
        for (String id : new String[] {"item-2", "item-4"}) {
            ItemId item = new ItemId(id);
            stack.meeting().organization().allEntries().stream()
                    .filter(e -> e instanceof org.agendum.model.ItemEntry entry && entry.item().equals(item))
                    .forEach(e -> robot.interact(() -> stack.execute(new RemoveScheduleEntry(e.id()))));
        }
        robot.moveTo(new WindowLookups(robot).cell("4. Other matters").lookup(".unscheduled-mark"));
        robot.sleep(400); // the tooltip
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "unscheduled-items");
    }
}
