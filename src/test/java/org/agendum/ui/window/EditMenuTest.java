package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_3;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.ITEM_5;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.file.ItemsClipboardFormat;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.common.AgendumDataFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Edit menu: Undo and Redo named after the command, always on the meeting's one stack; Cut, Copy and Paste of
 * agenda items within a meeting and between two windows. The right pane here is a stand-in editor with a text field.
 */
@ExtendWith(ApplicationExtension.class)
class EditMenuTest {
    private final Meeting sample = TestMeetings.sample();
    private CommandStack stack;
    private MainWindow window;
    private Stage stage;
    private StandInEditor editor;

    /** A pane with a text field and a button. */
    static final class StandInEditor extends VBox {
        final TextField field = new TextField();
        final javafx.scene.control.Button button = new javafx.scene.control.Button("Entry");

        StandInEditor() {
            super(10);
            field.setId("standInField");
            button.setId("standInButton");
            getChildren().addAll(field, button);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stack = new CommandStack(sample);
        window = MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()).sample(true)
                .rightPane(context -> {
                    editor = new StandInEditor();
                    return RightPane.of(editor);
                }));
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#mainMenu").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private void select(FxRobot robot, String line) {
        robot.interact(stage::requestFocus);
        robot.clickOn(new WindowLookups(robot).cell(line));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<ItemId> topLevel(CommandStack on) {
        return on.meeting().agenda().items().stream().map(AgendaItem::id).toList();
    }

    @Test
    void undoAndRedoOfATreeMoveFromTheMenuAreNamedAfterIt(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topLevel(stack)).endsWith(ITEM_5, ITEM_4);
        assertThat(menuItem(robot, "menu-undo").getText()).isEqualTo("Undo Move item down");
        assertThat(menuItem(robot, "menu-redo").isDisable()).isTrue();

        robot.clickOn("Edit").clickOn("Undo Move item down", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(menuItem(robot, "menu-redo").getText()).isEqualTo("Redo Move item down");
        assertThat(menuItem(robot, "menu-undo").isDisable()).isTrue();

        robot.clickOn("Edit").clickOn("Redo Move item down", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topLevel(stack)).endsWith(ITEM_5, ITEM_4);
    }

    @Test
    void undoAndRedoOfADragFromTheMenuAreNamedMoveItem(FxRobot robot) {
        robot.drag(new WindowLookups(robot).cell("5. Adoption of the report"), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(robot.point(new WindowLookups(robot).cell("4. Other matters"))
                        .atPosition(javafx.geometry.Pos.TOP_LEFT).atOffset(new javafx.geometry.Point2D(60, 3)))
                .drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topLevel(stack)).containsSubsequence(ITEM_5, ITEM_4);
        Meeting moved = stack.meeting();
        assertThat(menuItem(robot, "menu-undo").getText()).isEqualTo("Undo Move item");

        robot.clickOn("Edit").clickOn("Undo Move item", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(menuItem(robot, "menu-redo").getText()).isEqualTo("Redo Move item");

        robot.clickOn("Edit").clickOn("Redo Move item", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(moved);

        robot.clickOn("#tool-undo"); // the toolbar does the same
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void undoIsTheMeetingsWhateverHasTheFocusAndKeepsItsName(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.push(KeyCode.ALT, KeyCode.UP);
        robot.clickOn("#standInField");
        robot.write("abc");
        WaitForAsyncUtils.waitForFxEvents();
        // one history in the window: a text field's own undo is not what the menu offers
        assertThat(menuItem(robot, "menu-undo").getText()).isEqualTo("Undo Move item up");

        robot.clickOn("#tool-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(editor.field.getText()).as("the field's own typing history is not undone").isEqualTo("abc");
        assertThat(menuItem(robot, "menu-redo").getText()).isEqualTo("Redo Move item up");

        robot.clickOn("Edit").clickOn("Redo Move item up", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isNotEqualTo(sample);
    }

    @Test
    void theTreesKeysStayInTheTreeTabInATextFieldMovesTheFocus(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.clickOn("#standInField").write("Expert group");
        robot.push(KeyCode.TAB);
        robot.push(KeyCode.INSERT);
        robot.push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(editor.button.isFocused()).isTrue();
    }

    @Test
    void f6SwitchesBetweenTheAgendaAndTheEditor(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.push(KeyCode.F6);
        assertThat(editor.field.isFocused()).isTrue();
        robot.push(KeyCode.F6);
        assertThat(window.tree().isFocused()).isTrue();
    }

    @Test
    void copyThenPasteInTheSameMeetingAddsACopyWithFreshIds(FxRobot robot) {
        select(robot, "1. Organizational matters");
        robot.push(KeyCode.CONTROL, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.interact(() -> Clipboard.getSystemClipboard().getString()) == null ? null
                : readClipboardText(robot);
        assertThat(text).startsWith("1. Organizational matters\n    (a) Opening of the meeting");
        select(robot, "5. Adoption of the report");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new WindowLookups(robot).treeLines()).endsWith("6. Organizational matters",
                "(a) Opening of the meeting", "(b) Adoption of the agenda and organization of work");
        ItemId pasted = topLevel(stack).get(5);
        assertThat(pasted).isNotEqualTo(ITEM_1);
        assertThat(stack.meeting().agenda().get(pasted).subItems().get(1).annotation())
                .isEqualTo(sample.agenda().get(ITEM_1B).annotation());
        assertThat(window.viewModel().selectedItem()).isEqualTo(pasted);
        assertThat(menuItem(robot, "menu-undo").getText()).isEqualTo("Undo Paste item");
    }

    private String readClipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void cutThenPasteMovesTheItemAndKeepsItsSchedule(FxRobot robot) {
        select(robot, "4. Other matters");
        robot.clickOn("Edit").clickOn("Cut", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topLevel(stack)).doesNotContain(ITEM_4);
        select(robot, "1. Organizational matters");
        robot.clickOn("Edit").clickOn("Paste", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topLevel(stack)).containsExactly(ITEM_1, ITEM_4, ITEM_2, ITEM_3, ITEM_5);
        assertThat(stack.meeting().organization()).isEqualTo(sample.organization());
    }

    @Test
    void copyInOneMeetingPasteInAnother(FxRobot robot) {
        select(robot, "1. Organizational matters");
        robot.push(KeyCode.CONTROL, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();

        // a second window, on another meeting; it pastes through its own Edit ▸ Paste
        CommandStack other = new CommandStack(TestMeetings.styled());
        MainWindow[] otherWindow = new MainWindow[1];
        Stage[] stage2 = new Stage[1];
        robot.interact(() -> {
            stage2[0] = new Stage();
            otherWindow[0] = MainWindow.show(stage2[0], other, TestWindows.setup(TestWindows.tempFolder()));
        });
        try {
            robot.interact(() -> {
                otherWindow[0].viewModel().select(TestMeetings.STYLED);
                otherWindow[0].actions().fire(AppAction.PASTE);
            });
            List<AgendaItem> items = other.meeting().agenda().items();
            assertThat(items).extracting(AgendaItem::title).containsExactly("Styled item", "Organizational matters",
                    "Second item");
            assertThat(items.get(1)).isEqualTo(sample.agenda().get(ITEM_1)); // no clash: the same ids
            assertThat(other.undoLabel()).contains("Paste item");
            assertThat(stack.meeting()).isEqualTo(sample);
        } finally {
            robot.interact(stage2[0]::hide);
        }
    }

    @Test
    void pasteIsOffWhenTheClipboardHoldsNoItems(FxRobot robot) {
        robot.interact(() -> {
            var content = new javafx.scene.input.ClipboardContent();
            content.putString("plain text");
            Clipboard.getSystemClipboard().setContent(content);
        });
        select(robot, "4. Other matters");
        robot.clickOn("Edit");
        assertThat(menuItem(robot, "menu-paste").isDisable()).isTrue();
        robot.push(KeyCode.ESCAPE);
        robot.interact(() -> {
            var content = new javafx.scene.input.ClipboardContent();
            content.put(AgendumDataFormats.ITEMS, ItemsClipboardFormat.write(List.of(AgendaItem.titled("New"))));
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("Edit");
        assertThat(menuItem(robot, "menu-paste").isDisable()).isFalse();
        robot.push(KeyCode.ESCAPE);
    }
}
