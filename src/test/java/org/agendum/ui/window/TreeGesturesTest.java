package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_3;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.ITEM_5;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import org.testfx.util.WaitForAsyncUtils;

/** Each keyboard and mouse gesture of the agenda tree, checked on the meeting (headless TestFX). */
@ExtendWith(ApplicationExtension.class)
class TreeGesturesTest {
    private final Meeting sample = TestMeetings.sample();
    private CommandStack stack;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stack = new CommandStack(sample);
        window = MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()).sample(true));
    }

    private WindowLookups lookups(FxRobot robot) {
        return new WindowLookups(robot);
    }

    /** Clicks the line (which focuses the tree and selects it), as the officer would before pressing keys. */
    private void select(FxRobot robot, String line) {
        robot.interact(stage::requestFocus);
        robot.clickOn(lookups(robot).cell(line));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<ItemId> topLevel() {
        return stack.meeting().agenda().items().stream().map(AgendaItem::id).toList();
    }

    private List<ItemId> under(ItemId parent) {
        return stack.meeting().agenda().get(parent).subItems().stream().map(AgendaItem::id).toList();
    }

    private TextField renameField(FxRobot robot) {
        return robot.lookup("#renameField").queryAs(TextField.class);
    }

    @Test
    void ctrlEnterAddsAnItemAfterTheSelectedOneReadyToBeNamed(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topLevel()).hasSize(6).element(4).isNotEqualTo(ITEM_5);
        ItemId added = topLevel().get(4);
        assertThat(window.viewModel().selectedItem()).isEqualTo(added);
        assertThat(renameField(robot).isFocused()).isTrue();

        robot.write("Election of officers");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(added).title()).isEqualTo("Election of officers");
        assertThat(lookups(robot).treeLines()).contains("5. Election of officers", "6. Adoption of the report");
        assertThat(robot.lookup("#renameField").tryQuery()).isEmpty();
        assertThat(stack.undoLabel()).contains("Rename item");
        assertThat(stack.undoDepth()).isEqualTo(2);
    }

    @Test
    void insertAlsoAddsAnItem(FxRobot robot) {
        select(robot, "5. Adoption of the report");
        robot.push(KeyCode.INSERT);
        robot.write("Closing of the meeting").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookups(robot).treeLines()).last().isEqualTo("6. Closing of the meeting");
    }

    @Test
    void ctrlShiftEnterAddsASubItem(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER);
        robot.write("Dates of the next meeting").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(under(ITEM_4)).hasSize(1);
        assertThat(lookups(robot).treeLines()).contains("(a) Dates of the next meeting");
        assertThat(window.viewModel().selectedItem()).isEqualTo(under(ITEM_4).get(0));
    }

    @Test
    void f2RenamesInPlaceAndEnterCommitsOneRename(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.push(KeyCode.F2);
        assertThat(renameField(robot).getText()).isEqualTo("Other matters");
        robot.write("Any other business").push(KeyCode.ENTER); // typing replaces the selected title
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(ITEM_4).title()).isEqualTo("Any other business");
        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(lookups(robot).treeLines()).contains("4. Any other business");
    }

    @Test
    void aRenameIsOnTheStackAsItIsTypedAndCtrlZUndoesItThere(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.push(KeyCode.F2).write("Any other");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(ITEM_4).title()).as("before Enter").isEqualTo("Any other");
        assertThat(stack.undoLabel()).contains("Rename item");
        assertThat(stack.undoDepth()).isEqualTo(1);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(robot.lookup("#renameField").tryQuery()).as("the rename has ended").isEmpty();
        assertThat(lookups(robot).treeLines()).contains("4. Other matters");
    }

    @Test
    void escapeCancelsARename(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.push(KeyCode.F2).write("Something else").push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(stack.canUndo()).as("the typing came back to where it began: no step").isFalse();
        assertThat(stack.isDirty()).isFalse();
        assertThat(lookups(robot).treeLines()).contains("4. Other matters");
    }

    @Test
    void aDoubleClickRenamesEvenAnItemWithSubItems(FxRobot robot) {
        select(robot, "1. Organizational matters");
        robot.doubleClickOn(lookups(robot).cell("1. Organizational matters"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(renameField(robot).getText()).isEqualTo("Organizational matters");
        assertThat(window.tree().getRoot().getChildren().get(0).isExpanded()).isTrue();
        robot.write("Organization of the session").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(ITEM_1).title()).isEqualTo("Organization of the session");
    }

    @Test
    void clickingElsewhereKeepsWhatWasTyped(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.push(KeyCode.F2).write("Any other business");
        robot.clickOn(lookups(robot).cell("5. Adoption of the report"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(ITEM_4).title()).isEqualTo("Any other business");
    }

    /** Cells are emptied and filled again as rows come and go; each one filled shows its line again. */
    @Test
    void everyLineShowsItsNumberAndTitleAfterRowsComeAndGoAndARename(FxRobot robot) {
        select(robot, "1. Organizational matters");
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, "4. Other matters");
        robot.push(KeyCode.F2).write("Any other business").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#agendaTree .agenda-cell").<javafx.scene.control.TreeCell<AgendaRow>>queryAll())
                .filteredOn(cell -> !cell.isEmpty())
                .hasSize(sample.agenda().size())
                .allSatisfy(cell -> {
                    assertThat(cell.getGraphic().isVisible()).as(cell.getItem().text()).isTrue();
                    javafx.scene.control.Label number = (javafx.scene.control.Label) cell.lookup(".item-number");
                    javafx.scene.control.Label title = (javafx.scene.control.Label) cell.lookup(".item-title");
                    assertThat(number.getText() + " " + title.getText()).isEqualTo(cell.getItem().text());
                });
        assertThat(lookups(robot).treeLines()).contains("4. Any other business");
    }

    @Test
    void deleteRemovesTheItemWithItsSubItemsAsOneUndoStep(FxRobot robot) {
        select(robot, "1. Organizational matters");
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().allIds()).doesNotContain(ITEM_1, ITEM_1A, ITEM_1B);
        assertThat(stack.meeting().organization().scheduledItems()).doesNotContain(ITEM_1A, ITEM_1B);
        assertThat(lookups(robot).treeLines()).first().asString().startsWith("1. International cooperation");
        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(window.statusBar().messageText()).as("a deletion says what went").isEqualTo(
                "Deleted item 1 \u201COrganizational matters\u201D with 2 sub-items, the annotations and 2 entries of "
                        + "the organization of work. Ctrl+Z brings it back.");
        assertThat(window.viewModel().selectedItem()).as("the next item is selected").isEqualTo(ITEM_2);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(window.viewModel().selectedItem()).as("the undo selects what came back").isEqualTo(ITEM_1);

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().allIds()).doesNotContain(ITEM_1);
        assertThat(window.viewModel().selectedItem()).as("the redo selects what stands in its place")
                .isEqualTo(ITEM_2);
    }

    @Test
    void altUpAndAltDownMoveTheItemAmongItsSiblings(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topLevel()).containsSubsequence(ITEM_4, ITEM_3);
        assertThat(lookups(robot).treeLines()).contains("3. Other matters");
        assertThat(lookups(robot).selectedLine()).isEqualTo("3. Other matters");
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topLevel()).endsWith(ITEM_5, ITEM_4);
        assertThat(stack.undoLabel()).contains("Move item down");
    }

    @Test
    void tabIndentsAndShiftTabOutdents(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(under(ITEM_3)).containsExactly(ITEM_4);
        assertThat(lookups(robot).treeLines()).contains("(a) Other matters");
        assertThat(window.tree().isFocused()).isTrue();
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(stack.undoDepth()).isEqualTo(2);
    }

    @Test
    void altRightIndentsAndAltLeftOutdents(FxRobot robot) {
        select(robot, "5. Adoption of the report");
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(under(ITEM_4)).containsExactly(ITEM_5);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void aRefusedMoveIsExplainedInTheStatusBarAndChangesNothing(FxRobot robot) {
        select(robot, "1. Organizational matters");
        robot.push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(window.statusBar().messageText()).isEqualTo("The item is already the first at its level.");
        assertThat(robot.lookup("#statusMessage").query().isVisible()).isTrue();
    }

    @Test
    void theContextMenuOffersTheTreeCommands(FxRobot robot) {
        select(robot, "4. Other matters");
        // Monocle turns no right click into a context-menu request, so the request is made directly
        var cell = lookups(robot).cell("4. Other matters");
        robot.interact(() -> cell.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, cell.localToScreen(10, 10).getX(),
                cell.localToScreen(10, 10).getY(), false, null)));
        assertThat(window.tree().getContextMenu().isShowing()).isTrue();
        robot.clickOn("Move up");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topLevel()).containsSubsequence(ITEM_4, ITEM_3);
    }
}
