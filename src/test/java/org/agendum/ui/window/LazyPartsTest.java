package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.MON_AM;
import static org.agendum.testing.Fixtures.TUE_PM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.SlotId;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.schedule.ScriptedSchedulePrompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a start leaves unbuilt (the organization of work, the problems panel) is built when it is first wanted, and
 * works as if it had always been there: the grid built on its tab's first selection shows the meeting and takes
 * drags from the agenda and back; "Schedule in…" and a problem in the organization of work build it too.
 */
@ExtendWith(ApplicationExtension.class)
class LazyPartsTest {
    private static final String OTHER_MATTERS = "4. Other matters";
    private static final String RENAMED = "4. Any other business";

    private final Meeting sample = TestMeetings.sample();
    private final ScriptedSchedulePrompts answers = new ScriptedSchedulePrompts();
    private CommandStack stack;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(sample);
        window = MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()).sample(true)
                .schedulePrompts(answers));
    }

    private List<ItemId> items(SlotId slot) {
        return stack.meeting().organization().slot(slot).orElseThrow().entries().stream()
                .filter(ItemEntry.class::isInstance).map(e -> ((ItemEntry) e).item()).toList();
    }

    private PointQuery treeLine(FxRobot robot, String line) {
        return robot.point(new WindowLookups(robot).cell(line)).atPosition(Pos.CENTER_LEFT).atOffset(new Point2D(60, 0));
    }

    @Test
    void theStartBuildsNeitherTheGridNorTheProblemsPanel(FxRobot robot) {
        assertThat(robot.lookup("#scheduleView").tryQuery()).isEmpty();
        assertThat(robot.lookup("#problemsPanel").tryQuery()).isEmpty();
        assertThat(robot.lookup("#annotationArea").tryQuery()).isPresent();
    }

    @Test
    void theGridBuiltOnItsTabsFirstSelectionShowsTheMeetingAndTakesDrags(FxRobot robot) {
        // the meeting changes before the grid exists: the grid shows it as it is when built
        robot.interact(() -> stack.execute(new RenameItem(ITEM_4, "Any other business")));
        robot.clickOn("#scheduleTab");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#scheduleView").query().isVisible()).isTrue();
        assertThat(robot.lookup(".day-header").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Monday, 2 July", "Tuesday, 3 July");
        EntryId taken = stack.meeting().organization().slot(TUE_PM).orElseThrow().entries().get(0).id();
        assertThat(robot.lookup("#entry-" + taken.value()).query().getAccessibleText())
                .isEqualTo("4 Any other business");
        robot.drag(treeLine(robot, RENAMED), MouseButton.PRIMARY)
                .moveTo(robot.point("#meeting-" + MON_AM.value()).atPosition(Pos.BOTTOM_CENTER)
                        .atOffset(new Point2D(0, -4)))
                .drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(MON_AM)).containsExactly(ITEM_1A, ITEM_1B, ITEM_2, ITEM_4);

        // and back onto the agenda, which the grid was connected to when it was built
        EntryId added = stack.meeting().organization().slot(MON_AM).orElseThrow().entries().get(3).id();
        robot.drag("#entry-" + added.value(), MouseButton.PRIMARY).moveTo(treeLine(robot, RENAMED)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().organization().entry(added)).isEmpty();
        assertThat(stack.meeting().organization()).isEqualTo(sample.organization());
    }

    @Test
    void scheduleInBeforeTheGridWasEverShownTakesTheItemUp(FxRobot robot) {
        robot.clickOn(new WindowLookups(robot).cell(OTHER_MATTERS));
        answers.answer(MON_AM);
        robot.push(KeyCode.SHORTCUT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answers.questions).containsExactly("Take up 4 Other matters");
        assertThat(items(MON_AM)).containsExactly(ITEM_1A, ITEM_1B, ITEM_2, ITEM_4);
        // the item stays in front; the grid, now built, shows the new entry when its tab is chosen
        robot.clickOn("#scheduleTab");
        WaitForAsyncUtils.waitForFxEvents();
        EntryId added = stack.meeting().organization().slot(MON_AM).orElseThrow().entries().get(3).id();
        assertThat(robot.lookup("#entry-" + added.value()).query().isVisible()).isTrue();
    }

    @Test
    void theProblemsPanelIsBuiltWhenFirstShownAndListsTheProblems(FxRobot robot) {
        robot.interact(() -> window.problemsShownProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemsPanel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#problemList").<javafx.scene.control.ListView<?>>query().getItems())
                .hasSize(window.viewModel().problems().size());
        robot.interact(() -> window.problemsShownProperty().set(false));
        assertThat(robot.lookup("#problemsPanel").tryQuery()).isEmpty();
    }
}
