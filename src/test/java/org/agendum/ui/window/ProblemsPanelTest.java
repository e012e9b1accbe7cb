package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditDetails;
import org.agendum.edit.RenameItem;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.model.DetailField;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.problems.ProblemNavigator;
import org.agendum.validation.Problem;
import org.agendum.validation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The problems panel: it lists the validator's problems, and a click goes to the item or asks the navigator. */
@ExtendWith(ApplicationExtension.class)
class ProblemsPanelTest {
    private final Meeting sample = TestMeetings.sample();
    private final List<Target> navigated = new ArrayList<>();
    private CommandStack stack;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(sample);
        window = MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()).sample(true)
                .rightPane(context -> new RightPane() {
                    private final javafx.scene.Node view = new javafx.scene.layout.StackPane();

                    @Override
                    public javafx.scene.Node node() {
                        return view;
                    }

                    @Override
                    public ProblemNavigator problemNavigator() {
                        return navigated::add;
                    }
                }));
    }

    @SuppressWarnings("unchecked")
    private ListCell<Problem> problemCell(FxRobot robot, String message) {
        return robot.lookup("#problemList .problem-cell").<ListCell<Problem>>queryAll().stream()
                .filter(cell -> cell.getItem() != null && cell.getItem().message().equals(message)).findFirst()
                .orElseThrow(() -> new AssertionError("No problem " + message));
    }

    @Test
    void theCountInTheStatusBarOpensThePanelAndAClickSelectsTheItem(FxRobot robot) {
        robot.interact(() -> stack.execute(new RenameItem(ITEM_4, "")));
        assertThat(robot.lookup("#problemsPanel").tryQuery()).isEmpty();
        robot.clickOn("#problemSummary");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemsPanel").query().isVisible()).isTrue();
        assertThat(window.viewModel().selectedItem()).isNotEqualTo(ITEM_4);

        robot.clickOn(problemCell(robot, "Item 4 has no title."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().selectedItem()).isEqualTo(ITEM_4);
        assertThat(new WindowLookups(robot).selectedLine()).isEqualTo("4. Untitled item");
        assertThat(navigated).containsExactly(new Target.Item(ITEM_4));
    }

    @Test
    void aLinkToALocalFileIsAProblemThatSelectsTheItemAndGoesToItsAnnotation(FxRobot robot) {
        RichText annotation = RichText.of(Paragraph.body(TextRun.plain("See "),
                new TextRun("CTOC/COP/WG.4/2018/2", TextStyle.link("file:///etc/passwd"))));
        robot.interact(() -> stack.execute(new ReplaceAnnotation(ITEM_4, annotation)));
        robot.interact(() -> window.problemsShownProperty().set(true));

        robot.clickOn(problemCell(robot, "Item 4: the annotation links to \u201Cfile:///etc/passwd\u201D, which is "
                + "not a web or e-mail address (http, https, ftp, mailto); it will not open and is left out of the "
                + "Word file."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().selectedItem()).isEqualTo(ITEM_4);
        assertThat(navigated).containsExactly(new Target.Annotation(ITEM_4));
    }

    @Test
    void aDetailsProblemGoesToTheNavigator(FxRobot robot) {
        robot.interact(() -> stack.execute(new EditDetails<>(DetailField.BODY_NAME, "")));
        robot.interact(() -> window.problemsShownProperty().set(true));
        ItemId before = window.viewModel().selectedItem();
        robot.clickOn(problemCell(robot, "The name of the body is missing (e.g. Conference of the Parties to …)."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigated).containsExactly(new Target.Detail(DetailField.BODY_NAME));
        assertThat(window.viewModel().selectedItem()).isEqualTo(before);
    }

    @Test
    void errorsComeFirstAndTheCloseButtonHidesThePanel(FxRobot robot) {
        robot.interact(() -> {
            stack.execute(new RenameItem(ITEM_4, "Other matters."));
            stack.execute(new EditDetails<>(DetailField.BODY_NAME, ""));
            window.problemsShownProperty().set(true);
        });
        var list = robot.lookup("#problemList").<javafx.scene.control.ListView<Problem>>query();
        assertThat(list.getItems()).extracting(Problem::severity)
                .containsExactly(Problem.Severity.ERROR, Problem.Severity.WARNING);
        robot.clickOn("#hideProblems");
        assertThat(robot.lookup("#problemsPanel").tryQuery()).isEmpty();
        assertThat(window.problemsShownProperty().get()).isFalse();
    }
}
