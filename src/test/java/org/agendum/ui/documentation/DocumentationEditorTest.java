package org.agendum.ui.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.file.SampleMeeting;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.testing.Fixtures;
import org.agendum.ui.common.MeetingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Documentation list editor mounted alone on the sample, headless; asserting on the model. */
@ExtendWith(ApplicationExtension.class)
class DocumentationEditorTest {
    private static final ItemId ITEM = Fixtures.ITEM_2;
    private static final DocumentationEntry BACKGROUND = SampleMeeting.load().agenda().get(ITEM).documentation().get(0);

    private final Meeting sample = SampleMeeting.load();
    private CommandStack stack;
    private MeetingViewModel viewModel;
    private DocumentationEditor editor;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(sample);
        viewModel = new MeetingViewModel(stack);
        viewModel.select(ITEM);
        editor = new DocumentationEditor(viewModel);
        stage.setScene(new Scene(editor, 900, 500));
        stage.show();
        stage.requestFocus();
    }

    private List<DocumentationEntry> entries() {
        return stack.meeting().agenda().get(ITEM).documentation();
    }

    private TextArea description(FxRobot robot, int index) {
        return robot.lookup("#docDescription" + index).queryAs(TextArea.class);
    }

    private TextField symbol(FxRobot robot, int index) {
        return robot.lookup("#docSymbol" + index).queryAs(TextField.class);
    }

    private Label problem(FxRobot robot, int index) {
        return robot.lookup("#docSymbolProblem" + index).queryAs(Label.class);
    }

    /** Adds an entry with the button and types its description and symbol, each field its own undo step. */
    private void add(FxRobot robot, String description, String symbolText) {
        robot.clickOn("#addDocumentButton");
        WaitForAsyncUtils.waitForFxEvents();
        int index = entries().size() - 1;
        robot.write(description);
        robot.clickOn(symbol(robot, index));
        robot.write(symbolText);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheItemsEntries(FxRobot robot) {
        assertThat(description(robot, 0).getText()).isEqualTo(BACKGROUND.description());
        assertThat(symbol(robot, 0).getText()).isEqualTo("CTOC/COP/WG.4/2018/2");
        assertThat(problem(robot, 0).isVisible()).isFalse();
    }

    @Test
    void addingAndTypingAnEntryAreCommandsAndTypingMergesPerField(FxRobot robot) {
        add(robot, "Report of the Secretariat", "CTOC/COP/WG.4/2018/3");

        assertThat(entries()).containsExactly(BACKGROUND,
                new DocumentationEntry("Report of the Secretariat", "CTOC/COP/WG.4/2018/3"));
        assertThat(problem(robot, 1).isVisible()).isFalse();
        assertThat(stack.undoDepth()).as("add, then one step per field typed in").isEqualTo(3);
        assertThat(stack.undoLabel()).contains("Edit document");

        robot.interact(stack::undo);
        assertThat(entries().get(1)).isEqualTo(new DocumentationEntry("Report of the Secretariat", ""));
        assertThat(symbol(robot, 1).getText()).isEmpty();
        robot.interact(stack::undo);
        assertThat(entries().get(1)).isEqualTo(new DocumentationEntry("", ""));
        robot.interact(stack::undo);
        assertThat(entries()).containsExactly(BACKGROUND);
        assertThat(robot.lookup("#docDescription1").tryQuery()).isEmpty();
    }

    @Test
    void aSymbolThatIsNotAUnSymbolIsFlaggedUntilFixed(FxRobot robot) {
        add(robot, "Note by the Secretariat", "ctoc/cop/2018/1");
        Label mark = problem(robot, 1);
        assertThat(mark.isVisible()).isTrue();
        assertThat(mark.getTooltip().getText()).isEqualTo("This symbol must start with capital series letters "
                + "(CTOC/…, not ctoc/…).");
        assertThat(symbol(robot, 1).getPseudoClassStates()).extracting(Object::toString).contains("invalid");

        TextField field = symbol(robot, 1);
        robot.interact(() -> field.setText("CTOC/COP/2018/1"));
        assertThat(mark.isVisible()).isFalse();
        assertThat(entries().get(1).symbol()).isEqualTo("CTOC/COP/2018/1");
    }

    @Test
    void quotesTypedInADescriptionAreCurly(FxRobot robot) {
        add(robot, "Paper entitled \"Victims' rights\"", "A/80/1");
        assertThat(entries().get(1).description()).isEqualTo("Paper entitled \u201CVictims\u2019 rights\u201D");
    }

    @Test
    void removingAnEntryIsOneCommand(FxRobot robot) {
        robot.clickOn("#docRemove0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entries()).isEmpty();
        assertThat(stack.undoLabel()).contains("Remove document");
        assertThat(robot.lookup("#docDescription0").tryQuery()).isEmpty();
        robot.interact(stack::undo);
        assertThat(entries()).containsExactly(BACKGROUND);
        assertThat(description(robot, 0).getText()).isEqualTo(BACKGROUND.description());
    }

    @Test
    void reorderingWithTheButtonsAndWithAltArrows(FxRobot robot) {
        add(robot, "Second", "A/80/2");
        add(robot, "Third", "A/80/3");
        robot.clickOn("#docUp2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entries()).extracting(DocumentationEntry::description)
                .containsExactly(BACKGROUND.description(), "Third", "Second");
        assertThat(stack.undoLabel()).contains("Move document");

        // Alt+Up on the entry being edited; the caret follows it
        robot.clickOn(symbol(robot, 2));
        robot.push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entries()).extracting(DocumentationEntry::description)
                .containsExactly(BACKGROUND.description(), "Second", "Third");
        assertThat(symbol(robot, 1).isFocused()).isTrue();
        robot.push(KeyCode.ALT, KeyCode.UP);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entries()).extracting(DocumentationEntry::description)
                .containsExactly(BACKGROUND.description(), "Third", "Second");
        assertThat(symbol(robot, 2).isFocused()).isTrue();
        assertThat(symbol(robot, 2).getText()).isEqualTo("A/80/2");
    }

    @Test
    void altDeleteRemovesTheEntryBeingEditedAndAltInsertAddsOneAfterIt(FxRobot robot) {
        robot.clickOn(description(robot, 0));
        robot.push(KeyCode.ALT, KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entries()).hasSize(2);
        assertThat(description(robot, 1).isFocused()).isTrue();
        robot.push(KeyCode.ALT, KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entries()).containsExactly(BACKGROUND);
    }

    @Test
    void ctrlZInAFieldUndoesTheMeetingsLastCommand(FxRobot robot) {
        TextField field = symbol(robot, 0);
        robot.clickOn(field);
        robot.interact(() -> field.positionCaret(field.getLength()));
        robot.write("X");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entries().get(0).symbol()).isEqualTo("CTOC/COP/WG.4/2018/2X");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entries()).containsExactly(BACKGROUND);
        assertThat(symbol(robot, 0).getText()).isEqualTo("CTOC/COP/WG.4/2018/2");
    }

    @Test
    void tabGoesFromTheDescriptionToTheSymbolAndEnterTypesNoNewLine(FxRobot robot) {
        robot.clickOn(description(robot, 0));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(symbol(robot, 0).isFocused()).isTrue();
        TextInputControl text = description(robot, 0);
        robot.clickOn(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entries()).containsExactly(BACKGROUND);
        assertThat(symbol(robot, 0).isFocused()).isTrue();
    }

    @Test
    void anotherItemShowsItsOwnList(FxRobot robot) {
        robot.interact(() -> viewModel.select(Fixtures.ITEM_4));
        assertThat(robot.lookup("#docDescription0").tryQuery()).isEmpty();
        robot.interact(() -> viewModel.select(Fixtures.ITEM_3));
        assertThat(symbol(robot, 0).getText()).isEqualTo("CTOC/COP/WG.4/2018/CRP.1");
    }
}
