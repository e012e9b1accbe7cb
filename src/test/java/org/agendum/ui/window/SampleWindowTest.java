package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.file.MeetingFiles;
import org.agendum.model.Meeting;
import org.agendum.testing.FakeFileDialogs;
import org.agendum.testing.ScriptedPrompts;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on the built-in sample, which belongs to no file: Save asks where. */
@ExtendWith(ApplicationExtension.class)
class SampleWindowTest {
    private final Meeting sample = TestMeetings.sample();
    private final Path folder = TestWindows.tempFolder();
    private final FakeFileDialogs dialogs = new FakeFileDialogs();
    private CommandStack stack;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stack = new CommandStack(sample);
        window = MainWindow.show(stage, stack, TestWindows.setup(folder, dialogs, new ScriptedPrompts())
                .sample(true));
    }

    private void focusTree(FxRobot robot) {
        robot.interact(stage::requestFocus);
        robot.clickOn(new WindowLookups(robot).cell("4. Other matters"));
    }

    @Test
    void saveOnTheSampleAsksWhereWithANameFromItsSymbol(FxRobot robot) throws Exception {
        focusTree(robot);
        dialogs.answer(null); // cancelled
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.asked).containsExactly("save CTOC_COP_WG.4_2018_1.agendum");
        assertThat(window.document().isSample()).isTrue();

        Path file = folder.resolve("CTOC_COP_WG.4_2018_1.agendum");
        dialogs.answer(file);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MeetingFiles.load(file)).isEqualTo(sample);
        assertThat(stage.getTitle()).isEqualTo("CTOC_COP_WG.4_2018_1.agendum \u2013 Agendum");
        assertThat(window.document().isSample()).isFalse();
        assertThat(robot.lookup("#saveState").queryLabeled().getText()).isEqualTo("Saved");
    }

    @Test
    void aRenameStillBeingTypedIsSavedWithTheMeeting(FxRobot robot) throws Exception {
        focusTree(robot);
        Path file = folder.resolve("typed.agendum");
        dialogs.answer(file);
        robot.push(KeyCode.F2).write("Any other business");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MeetingFiles.load(file).agenda().get(ITEM_4).title()).isEqualTo("Any other business");
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void f1ListsEveryShortcutWholeAndFindsThemBySearch(FxRobot robot) {
        focusTree(robot);
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane shortcuts = robot.lookup("#shortcutsDialog").queryAs(DialogPane.class);
        java.util.function.Supplier<List<Label>> labels = () -> robot.from(shortcuts).lookup(".label")
                .queryAllAs(Label.class).stream().filter(Label::isVisible).toList();
        assertThat(labels.get()).extracting(Label::getText).contains("Undo", "Ctrl+Z", "Indent (make sub-item)",
                "Tab or Alt+Right", "Alt+Up", "Add item", "Ctrl+Enter or Insert", "Annotation", "Insert footnote",
                "Ctrl+Alt+F", "Italic", "Ctrl+I", "Make link", "Ctrl+K", "Subparagraph one level in: (a), (i), a.",
                "Ctrl+] or Tab", "Organization of work", "Alt+Up or Alt+Down");
        assertThat(labels.get()).allSatisfy(label -> assertThat(label.getWidth())
                .as("\"%s\" shown whole", label.getText()).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5));

        robot.clickOn("#shortcutsSearch").write("foot");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels.get()).extracting(Label::getText).contains("Insert footnote", "Ctrl+Alt+F")
                .doesNotContain("Undo", "Italic");
        robot.write("zzz");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels.get()).extracting(Label::getText).contains("No shortcut holds \u201Cfootzzz\u201D.");
        robot.interact(() -> shortcuts.getScene().getWindow().hide());
    }

    @Test
    void collapseAllAndExpandAll(FxRobot robot) {
        robot.interact(() -> window.actions().fire(AppAction.COLLAPSE_ALL));
        assertThat(new WindowLookups(robot).treeLines()).hasSize(5);
        robot.interact(() -> window.actions().fire(AppAction.EXPAND_ALL));
        assertThat(new WindowLookups(robot).treeLines()).hasSize(7);
    }
}
