package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditDetails;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.model.DetailField;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.ListEnd;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.TestMeetings;
import org.agendum.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editors in the real window: typing on the stack as it is typed, problems leading to their field. */
@ExtendWith(ApplicationExtension.class)
class EditorPaneTest {
    private final Meeting sample = TestMeetings.sample();
    private final List<String> opened = new ArrayList<>();
    private CommandStack stack;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stack = new CommandStack(sample);
        window = MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()).sample(true)
                .openLink(opened::add));
    }

    @Test
    void ctrlClickOnALinkToALocalFileOpensNothingAndTheStatusBarSaysWhy(FxRobot robot) {
        robot.interact(() -> stack.execute(new ReplaceAnnotation(ITEM_4, RichText.of(Paragraph.body(
                TextRun.plain("See "), new TextRun("CTOC/COP/WG.4/2018/2", TextStyle.link("file:///etc/passwd")))))));
        WindowLookups lookups = new WindowLookups(robot);
        robot.clickOn(lookups.cell("4. Other matters"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node link = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text t
                && t.getText().equals("CTOC/COP/WG.4/2018/2")).query();
        robot.press(javafx.scene.input.KeyCode.CONTROL);
        try {
            robot.clickOn(link);
        } finally {
            robot.release(javafx.scene.input.KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).isEmpty();
        assertThat(robot.lookup("#statusMessage").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Not opened: \u201Cfile:///etc/passwd\u201D is not a web or e-mail address; only http, "
                        + "https, ftp and mailto addresses can be links.");
    }

    @Test
    void aLinkProblemPutsTheCaretIntoTheAnnotation(FxRobot robot) {
        robot.interact(() -> stack.execute(new ReplaceAnnotation(ITEM_4, RichText.of(Paragraph.body(
                new TextRun("script", TextStyle.link("javascript:alert(1)")))))));
        robot.interact(() -> window.problemsShownProperty().set(true));
        List<ListCell<Problem>> cells = List.copyOf(robot.lookup("#problemList .problem-cell").queryAll());
        robot.clickOn(cells.stream().filter(c -> c.getItem() != null
                && c.getItem().message().startsWith("Item 4: the annotation links to")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("itemTab");
        assertThat(window.viewModel().selectedItem()).isEqualTo(ITEM_4);
        assertThat(robot.lookup("#annotationArea").query().isFocused()).isTrue();
    }

    @Test
    void textTypedIntoAnAnnotationIsOneUndoableEditBeforeAndAfterAnotherItemIsSelected(FxRobot robot) {
        WindowLookups lookups = new WindowLookups(robot);
        robot.clickOn(lookups.cell("4. Other matters"));
        robot.clickOn("#annotationArea");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.HOME);
        robot.write("Note: ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(ITEM_4).annotation().plainText()).startsWith("Note: As no issues");
        assertThat(robot.lookup("#annotationArea").query().isFocused()).as("the caret still in the pane").isTrue();
        assertThat(stage.getTitle()).as("unsaved, as it is typed").startsWith("*");
        robot.clickOn(lookups.cell("5. Adoption of the report"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stack.meeting().agenda().get(ITEM_4).annotation().plainText()).startsWith("Note: As no issues");
        assertThat(stack.undoLabel()).contains("Edit annotation");
        robot.interact(stack::undo);
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void aDetailsProblemOpensTheDetailsTabAtItsField(FxRobot robot) {
        robot.interact(() -> stack.execute(new EditDetails<>(DetailField.SYMBOL, "CTOC/COP/WG.4/2018 /1")));
        robot.interact(() -> window.problemsShownProperty().set(true));
        robot.clickOn(problemCell(robot));
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("detailsTab");
        assertThat(robot.lookup("#detail_SYMBOL").query().isFocused()).isTrue();
    }

    @Test
    void aListPunctuationChosenIsAWarningThatLeadsBackToTheChoice(FxRobot robot) {
        WindowLookups lookups = new WindowLookups(robot);
        robot.clickOn(lookups.cell("4. Other matters"));
        robot.clickOn("#itemMoreToggle");
        robot.clickOn("#itemListEnd");
        robot.clickOn(ListEnd.NONE.label());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(ITEM_4).listEnd()).isEqualTo(ListEnd.NONE);

        robot.clickOn("#itemMoreToggle"); // folded again: the problem opens it
        robot.clickOn(lookups.cell("5. Adoption of the report"));
        robot.interact(() -> window.problemsShownProperty().set(true));
        robot.clickOn(problemCell(robot, "Item 4 ends its list entry with no punctuation where the rule gives a full stop."));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel().selectedItem()).isEqualTo(ITEM_4);
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("itemTab");
        assertThat(robot.lookup("#itemOverrides").query().isVisible()).isTrue();
        assertThat(robot.lookup("#itemListEnd").query().isFocused()).isTrue();
    }

    @Test
    void theEmptyAgendasProblemPutsTheFocusOnTheAgenda(FxRobot robot) {
        robot.interact(() -> stack.reset(Meeting.blank(java.time.LocalDate.of(2026, 3, 2)), true));
        robot.interact(() -> window.problemsShownProperty().set(true));
        robot.clickOn("#detailsTab");
        robot.clickOn(problemCell(robot, "The agenda has no items yet; the document would have an empty agenda."));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#agendaTree").query().isFocused()).isTrue();
        assertThat(robot.lookup("#emptyAgendaHint").query().isVisible()).isTrue();
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).as("not the organization of work")
                .isEqualTo("itemTab");
    }

    @Test
    void aProblemOfANewDetailsFieldGoesToItsControl(FxRobot robot) {
        robot.interact(() -> {
            stack.execute(new EditDetails<>(DetailField.EMPTY_ANNOTATIONS, EmptyAnnotations.STANDARD_SENTENCE));
            stack.execute(new EditDetails<>(DetailField.STANDARD_SENTENCE, ""));
            window.problemsShownProperty().set(true);
        });
        robot.clickOn(problemCell(robot, "The standard sentence for items with no annotation is empty; their "
                + "headings would stand alone."));
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("detailsTab");
        assertThat(robot.lookup("#detail_STANDARD_SENTENCE").query().isFocused()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static ListCell<Problem> problemCell(FxRobot robot, String message) {
        // a new meeting has more problems than the panel shows at once: the one sought is scrolled into view
        javafx.scene.control.ListView<Problem> list = robot.lookup("#problemList").query();
        robot.interact(() -> list.getItems().stream().filter(p -> p.message().equals(message)).findFirst()
                .ifPresent(list::scrollTo));
        List<ListCell<Problem>> cells = List.copyOf(robot.lookup("#problemList .problem-cell").queryAll());
        return cells.stream().filter(c -> c.getItem() != null && c.getItem().message().equals(message)).findFirst()
                .orElseThrow(() -> new AssertionError("No problem " + message));
    }

    @SuppressWarnings("unchecked")
    private static ListCell<Problem> problemCell(FxRobot robot) {
        List<ListCell<Problem>> cells = List.copyOf(robot.lookup("#problemList .problem-cell").queryAll());
        return cells.stream().filter(c -> c.getItem() != null && c.getItem().message().startsWith("The document symbol"))
                .findFirst().orElseThrow();
    }
}
