package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.AddItem;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.problems.ProblemSummary;
import org.agendum.validation.MeetingValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on the built-in sample, headless (TestFX + Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String ADOPTION = "Adoption of the agenda and organization of work";

    private final Meeting sample = TestMeetings.sample();
    private final List<String> openedLinks = new ArrayList<>();
    private CommandStack stack;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stack = new CommandStack(sample);
        MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()).sample(true).openLink(openedLinks::add));
    }

    @Test
    void showsTheAgendaAsATreeWithDerivedNumbers(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        assertThat(window.treeLines()).hasSize(7);
        assertThat(window.treeLines().get(0)).isEqualTo("1. Organizational matters");
        assertThat(window.treeLines().get(1)).isEqualTo("(a) Opening of the meeting");
        assertThat(window.treeLines().get(2)).isEqualTo("(b) " + ADOPTION);
        assertThat(window.treeLines().get(3)).startsWith("2. International cooperation");
        assertThat(window.treeLines().get(6)).isEqualTo("5. Adoption of the report");
        assertThat(window.tree().isShowRoot()).isFalse();
    }

    @Test
    void theWindowCarriesTheApplicationIconAtEverySize() throws java.util.concurrent.TimeoutException {
        // set once the first frame is up
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        assertThat(stage.getIcons()).extracting(image -> (int) image.getWidth())
                .containsExactlyElementsOf(AppIcons.SIZES);
        assertThat(stage.getIcons()).noneMatch(javafx.scene.image.Image::isError);
    }

    @Test
    void startsWithTheFirstItemSelectedAndShown(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        assertThat(window.selectedLine()).isEqualTo("1. Organizational matters");
        assertThat(window.heading()).isEqualTo("1  Organizational matters");
    }

    @Test
    void clickingAnItemShowsItsHeadingAndAnnotation(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        robot.clickOn(window.cell("(b) " + ADOPTION));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.heading()).isEqualTo("1 (b)  " + ADOPTION);
        assertThat(window.annotationText()).contains("In its resolution 7/1");
        robot.clickOn(window.cell("5. Adoption of the report"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.heading()).isEqualTo("5  Adoption of the report");
        assertThat(window.annotationText()).startsWith(
                "The Working Group is expected to adopt a report on its meeting");
    }

    @Test
    void theArrowKeysWalkTheAgenda(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        robot.clickOn(window.cell("(a) Opening of the meeting"));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selectedLine()).isEqualTo("(b) " + ADOPTION);
        assertThat(window.heading()).isEqualTo("1 (b)  " + ADOPTION);
    }

    @Test
    void theTitleNamesTheSampleAndMarksUnsavedChanges(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Working Group on Trafficking in Persons (sample) \u2013 Agendum");
        robot.interact(() -> stack.execute(new RenameItem(TestMeetings.idOf(sample, "Other matters"), "Other business")));
        assertThat(stage.getTitle()).isEqualTo("*Working Group on Trafficking in Persons (sample) \u2013 Agendum");
        robot.interact(stack::undo);
        assertThat(stage.getTitle()).isEqualTo("Working Group on Trafficking in Persons (sample) \u2013 Agendum");
    }

    @Test
    void anEditOnTheCommandStackUpdatesTheTreeAndKeepsTheSelection(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        ItemId adoption = TestMeetings.idOf(sample, ADOPTION);
        robot.clickOn(window.cell("(b) " + ADOPTION));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> stack.execute(new RenameItem(adoption, "Adoption of the agenda")));
        assertThat(window.treeLines()).contains("(b) Adoption of the agenda").doesNotContain("(b) " + ADOPTION);
        assertThat(window.selectedLine()).isEqualTo("(b) Adoption of the agenda");
        assertThat(window.heading()).isEqualTo("1 (b)  Adoption of the agenda");

        robot.interact(() -> stack.execute(new AddItem(null, 0, AgendaItem.titled("Election of officers"))));
        assertThat(window.treeLines().get(0)).isEqualTo("1. Election of officers");
        assertThat(window.selectedLine()).isEqualTo("(b) Adoption of the agenda");
        assertThat(window.heading()).isEqualTo("2 (b)  Adoption of the agenda");

        robot.interact(stack::undo);
        robot.interact(stack::undo);
        assertThat(window.treeLines().get(0)).isEqualTo("1. Organizational matters");
        assertThat(window.selectedLine()).isEqualTo("(b) " + ADOPTION);
    }

    @Test
    void anEditKeepsCollapsedItemsCollapsed(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        robot.clickOn(window.cell("4. Other matters"));
        robot.interact(() -> window.tree().getRoot().getChildren().get(0).setExpanded(false));
        assertThat(window.treeLines()).hasSize(5);

        ItemId other = TestMeetings.idOf(sample, "Other matters");
        robot.interact(() -> stack.execute(new RenameItem(other, "Any other business")));
        assertThat(window.treeLines()).hasSize(5).contains("4. Any other business");
        assertThat(window.selectedLine()).isEqualTo("4. Any other business");
    }

    @Test
    void theStatusBarCountsTheProblems(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        int problems = MeetingValidator.validate(sample).size();
        window.awaitProblemCount();
        assertThat(window.statusText()).isEqualTo(ProblemSummary.of(MeetingValidator.validate(sample)).text());
        robot.interact(() -> stack.execute(new RenameItem(TestMeetings.idOf(sample, "Other matters"), "")));
        assertThat(window.statusText()).isEqualTo((problems + 1) + (problems == 0 ? " problem" : " problems"));
        assertThat(window.treeLines()).contains("4. Untitled item");
    }

    @Test
    void theWindowHasItsSizeAndAMinimum() {
        assertThat(stage.getWidth()).isEqualTo(MainWindow.WIDTH);
        assertThat(stage.getHeight()).isEqualTo(MainWindow.HEIGHT);
        assertThat(stage.getMinWidth()).isEqualTo(MainWindow.MIN_WIDTH);
        assertThat(stage.getMinHeight()).isEqualTo(MainWindow.MIN_HEIGHT);
    }
}
