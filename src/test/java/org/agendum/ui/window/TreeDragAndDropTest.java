package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_3;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.ITEM_5;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.tree.AgendaRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/** Dragging agenda items before, into and after others, and the refused drop into an item's own subtree. */
@ExtendWith(ApplicationExtension.class)
class TreeDragAndDropTest {
    private static final String ADOPTION_LINE = "(b) Adoption of the agenda and organization of work";

    private final Meeting sample = TestMeetings.sample();
    private CommandStack stack;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(sample);
        window = MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()).sample(true));
    }

    private TreeCell<AgendaRow> cell(FxRobot robot, String line) {
        return new WindowLookups(robot).cell(line);
    }

    /** A point a few pixels inside the top edge, the middle, or a few pixels inside the bottom edge of a row. */
    private PointQuery top(FxRobot robot, String line) {
        return robot.point(cell(robot, line)).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(60, 3));
    }

    private PointQuery middle(FxRobot robot, String line) {
        return robot.point(cell(robot, line)).atPosition(Pos.CENTER_LEFT).atOffset(new Point2D(60, 0));
    }

    private PointQuery bottom(FxRobot robot, String line) {
        return robot.point(cell(robot, line)).atPosition(Pos.BOTTOM_LEFT).atOffset(new Point2D(60, -3));
    }

    private List<ItemId> ids(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::id).toList();
    }

    private boolean shows(TreeCell<AgendaRow> cell, String pseudoClass) {
        return cell.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void dropOnTheTopOfARowPutsTheItemBeforeIt(FxRobot robot) {
        robot.drag(cell(robot, "5. Adoption of the report"), MouseButton.PRIMARY).moveTo(top(robot, "3. Preparation "
                + "of the questionnaire to review the implementation of the Trafficking in Persons Protocol"));
        assertThat(shows(cell(robot, "3. Preparation of the questionnaire to review the implementation of the "
                + "Trafficking in Persons Protocol"), "drop-before")).isTrue();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(stack.meeting().agenda().items())).containsExactly(ITEM_1, ITEM_2, ITEM_5, ITEM_3, ITEM_4);
        assertThat(stack.undoLabel()).contains("Move item");
        assertThat(new WindowLookups(robot).selectedLine()).isEqualTo("3. Adoption of the report");
        assertThat(robot.lookup(".agenda-cell").<TreeCell<AgendaRow>>queryAll())
                .noneMatch(c -> shows(c, "drop-before") || shows(c, "drop-into") || shows(c, "drop-after"));
    }

    @Test
    void dropOnTheMiddleOfARowMakesTheItemItsLastSubItem(FxRobot robot) {
        robot.drag(cell(robot, "5. Adoption of the report"), MouseButton.PRIMARY)
                .moveTo(middle(robot, "4. Other matters"));
        assertThat(shows(cell(robot, "4. Other matters"), "drop-into")).isTrue();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(stack.meeting().agenda().get(ITEM_4).subItems())).containsExactly(ITEM_5);
        assertThat(new WindowLookups(robot).treeLines()).endsWith("4. Other matters", "(a) Adoption of the report");
    }

    @Test
    void dropOnTheBottomOfARowPutsTheItemAfterIt(FxRobot robot) {
        robot.drag(cell(robot, "4. Other matters"), MouseButton.PRIMARY)
                .moveTo(bottom(robot, "(a) Opening of the meeting"));
        assertThat(shows(cell(robot, "(a) Opening of the meeting"), "drop-after")).isTrue();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(stack.meeting().agenda().get(ITEM_1).subItems())).containsExactly(ITEM_1A, ITEM_4, ITEM_1B);
    }

    @Test
    void aDropIntoTheItemsOwnSubtreeIsRefusedVisiblyAndChangesNothing(FxRobot robot) {
        robot.drag(cell(robot, "1. Organizational matters"), MouseButton.PRIMARY)
                .moveTo(middle(robot, ADOPTION_LINE));
        TreeCell<AgendaRow> target = cell(robot, ADOPTION_LINE);
        assertThat(shows(target, "drop-refused")).isTrue();
        assertThat(shows(target, "drop-into")).isFalse();
        assertThat(window.statusBar().messageText())
                .isEqualTo("An item cannot be moved into itself or one of its own sub-items.");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(stack.canUndo()).isFalse();
        assertThat(shows(target, "drop-refused")).isFalse();
        assertThat(window.statusBar().messageText()).isEmpty();
    }

    @Test
    void dropBelowTheLastRowPutsTheItemAtTheEnd(FxRobot robot) {
        var tree = window.tree();
        robot.drag(cell(robot, "(a) Opening of the meeting"), MouseButton.PRIMARY)
                .moveTo(robot.point(tree).atPosition(Pos.BOTTOM_CENTER).atOffset(new Point2D(0, -40)));
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(stack.meeting().agenda().items())).containsExactly(ITEM_1, ITEM_2, ITEM_3,
                ITEM_4, ITEM_5, ITEM_1A);
    }

    @Test
    void nearTheBottomEdgeTheTreeScrolls(FxRobot robot) {
        robot.interact(() -> {
            Stage stage = (Stage) window.tree().getScene().getWindow();
            stage.setMinHeight(200);
            stage.setHeight(330);
            window.tree().scrollTo(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        var flow = robot.lookup("#agendaTree .virtual-flow").<javafx.scene.control.skin.VirtualFlow<?>>query();
        assertThat(flow.getPosition()).isZero();
        assertThat(flow.getVisibleCell(6)).as("the last item is out of sight").isNull();
        robot.drag(cell(robot, "1. Organizational matters"), MouseButton.PRIMARY)
                .moveTo(robot.point(window.tree()).atPosition(Pos.BOTTOM_CENTER).atOffset(new Point2D(0, -4)));
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> flow.getPosition() > 0.5);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the tree did not scroll under the drag: " + flow.getPosition(), e);
        } finally {
            robot.moveTo(robot.point(window.tree()).atPosition(Pos.CENTER)).drop();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void aCollapsedItemOpensWhenTheDragRestsOnIt(FxRobot robot) {
        robot.interact(() -> window.tree().treeItem(ITEM_1).orElseThrow().setExpanded(false));
        robot.drag(cell(robot, "5. Adoption of the report"), MouseButton.PRIMARY)
                .moveTo(middle(robot, "1. Organizational matters"));
        WaitForAsyncUtils.waitForFxEvents();
        var item = window.tree().treeItem(ITEM_1).orElseThrow();
        assertThat(item.isExpanded()).isFalse();
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, item::isExpanded);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the item did not open under the drag", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(bottom(robot, "(a) Opening of the meeting")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(stack.meeting().agenda().get(ITEM_1).subItems())).containsExactly(ITEM_1A, ITEM_5, ITEM_1B);
    }
}
