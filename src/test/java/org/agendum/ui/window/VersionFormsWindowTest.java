package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditDetails;
import org.agendum.model.DetailField;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.Masthead;
import org.agendum.model.Meeting;
import org.agendum.model.NoteEntry;
import org.agendum.testing.TestMeetings;
import org.agendum.testing.VersionMeetings;
import org.agendum.ui.common.BrokenLines;
import org.agendum.ui.schedule.ScheduleDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window shows a version's numbers, dates and times as its Word export prints them: the item editor's heading
 * ("1 a)", "1 (أ)"), the organization of work's days, times, references and "(continued)"; the annotation's
 * subparagraph labels, on the right in Arabic; a note typed with the version's quotation marks. Long Arabic titles
 * wrap in the tree and the grid without running over their numbers. English is as before (ScheduleGesturesTest).
 */
@ExtendWith(ApplicationExtension.class)
class VersionFormsWindowTest {
    private Stage stage;
    private CommandStack stack;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, Meeting meeting, WindowSetup setup) {
        stack = new CommandStack(meeting);
        robot.interact(() -> window = MainWindow.show(stage, stack, setup));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(FxRobot robot, Meeting meeting) {
        show(robot, meeting, TestWindows.setup(TestWindows.tempFolder()));
    }

    private void select(FxRobot robot, String title) {
        ItemId item = TestMeetings.idOf(stack.meeting(), title);
        robot.interact(() -> window.viewModel().select(item));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** What the chips of the grid say, in the grid's order of days and meetings. */
    private List<String> chips(FxRobot robot) {
        return stack.meeting().organization().allSlots().stream().flatMap(slot -> slot.entries().stream())
                .map(entry -> robot.lookup("#entry-" + entry.id().value()).query().getAccessibleText()).toList();
    }

    @Test
    void aFrenchVersionShowsItsNumbersDatesAndTimes(FxRobot robot) {
        show(robot, VersionMeetings.inLanguage(Language.FRENCH));
        select(robot, "Opening of the meeting");
        assertThat(text(robot, "#itemNumber")).isEqualTo("1 a)");

        robot.clickOn("#scheduleTab");
        assertThat(texts(robot, ".day-header")).containsExactly("Lundi 2 juillet", "Mardi 3 juillet");
        assertThat(texts(robot, ".time-header")).containsExactly("10 heures-13 heures", "15 heures-18 heures");
        assertThat(chips(robot)).contains("1 a) Opening of the meeting",
                "1 b) Adoption of the agenda and organization of work");
        assertThat(chips(robot)).anyMatch(chip -> chip.endsWith("victims (suite)"));
    }

    @Test
    void anEnglishVersionIsAsBefore(FxRobot robot) {
        show(robot, VersionMeetings.inLanguage(Language.ENGLISH));
        select(robot, "Opening of the meeting");
        assertThat(text(robot, "#itemNumber")).isEqualTo("1 (a)");
        robot.clickOn("#scheduleTab");
        assertThat(texts(robot, ".day-header")).containsExactly("Monday, 2 July", "Tuesday, 3 July");
        assertThat(texts(robot, ".time-header")).containsExactly("10 a.m.\u20131 p.m.", "3\u20136 p.m.");
        assertThat(chips(robot)).contains("1 (a) Opening of the meeting");
        assertThat(chips(robot)).anyMatch(chip -> chip.endsWith("victims (continued)"));
    }

    @Test
    void anArabicVersionShowsItsFormsAndWrapsLongTitlesBesideTheirNumbers(FxRobot robot) {
        show(robot, VersionMeetings.arabic());
        select(robot, VersionMeetings.ARABIC_TITLES.get(1));
        assertThat(text(robot, "#itemNumber")).isEqualTo("1 (\u0623)");
        String longTitle = VersionMeetings.ARABIC_TITLES.get(3);
        // the tree: the title whole, in lines on the left of its number (the tree runs right to left)
        BrokenLines treeTitle = brokenTitleBeside(robot, ".agenda-cell", longTitle);
        assertThat(lineCount(treeTitle)).isGreaterThan(1);

        robot.clickOn("#scheduleTab");
        assertThat(texts(robot, ".day-header")).containsExactly(
                "\u0627\u0644\u0627\u062B\u0646\u064A\u0646\u060C 2 \u062A\u0645\u0648\u0632/\u064A\u0648\u0644\u064A\u0647",
                "\u0627\u0644\u062B\u0644\u0627\u062B\u0627\u0621\u060C 3 \u062A\u0645\u0648\u0632/\u064A\u0648\u0644\u064A\u0647");
        assertThat(texts(robot, ".time-header")).containsExactly("10:00-13:00", "15:00-18:00");
        assertThat(chips(robot)).contains("1 (\u0623) " + VersionMeetings.ARABIC_TITLES.get(1),
                "2 " + longTitle + " (\u062A\u0627\u0628\u0639)");
        BrokenLines chipTitle = brokenTitleBeside(robot, ".entry-chip", longTitle);
        assertThat(lineCount(chipTitle)).isGreaterThan(1);
    }

    @Test
    void anArabicAnnotationsLabelsAreItsOwnAndOnTheRight(FxRobot robot) {
        show(robot, VersionMeetings.arabic());
        select(robot, VersionMeetings.ARABIC_TITLES.get(1));
        awaitAnnotationEditor(robot);
        List<Label> labels = robot.lookup("#annotationArea .subparagraph-label").queryAllAs(Label.class).stream()
                .filter(label -> !label.getText().isEmpty()).toList();
        assertThat(labels).extracting(Label::getText).containsExactly("(\u0623)", "(\u0628)");
        Bounds area = screen(robot.lookup("#annotationArea").query());
        assertThat(labels).allSatisfy(label -> assertThat(screen(label).getMinX())
                .as("on the right of its paragraph").isGreaterThan(area.getCenterX()));
    }

    @Test
    void theFormsFollowTheVersionsLanguageAndItsUndo(FxRobot robot) {
        show(robot, VersionMeetings.arabic());
        select(robot, VersionMeetings.ARABIC_TITLES.get(1));
        awaitAnnotationEditor(robot);

        robot.interact(() -> stack.execute(new EditDetails<>(DetailField.LANGUAGES,
                new Masthead.Languages(Language.ENGLISH, Language.FRENCH))));
        assertThat(text(robot, "#itemNumber")).isEqualTo("1 a)");
        assertThat(labels(robot)).containsExactly("a)", "b)");
        robot.clickOn("#scheduleTab");
        assertThat(texts(robot, ".day-header")).containsExactly("Lundi 2 juillet", "Mardi 3 juillet");

        robot.interact(stack::undo);
        assertThat(texts(robot, ".day-header")).containsExactly(
                "\u0627\u0644\u0627\u062B\u0646\u064A\u0646\u060C 2 \u062A\u0645\u0648\u0632/\u064A\u0648\u0644\u064A\u0647",
                "\u0627\u0644\u062B\u0644\u0627\u062B\u0627\u0621\u060C 3 \u062A\u0645\u0648\u0632/\u064A\u0648\u0644\u064A\u0647");
        robot.clickOn("#itemTab");
        assertThat(text(robot, "#itemNumber")).isEqualTo("1 (\u0623)");
        assertThat(labels(robot)).containsExactly("(\u0623)", "(\u0628)");
    }

    /** The subparagraph labels the annotation shows, in order. */
    private static List<String> labels(FxRobot robot) {
        return robot.lookup("#annotationArea .subparagraph-label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(text -> !text.isEmpty()).toList();
    }

    @Test
    void aFrenchNoteIsTypedWithGuillemets(FxRobot robot) {
        show(robot, VersionMeetings.inLanguage(Language.FRENCH),
                TestWindows.setup(TestWindows.tempFolder()).schedulePrompts(new ScheduleDialogs()));
        robot.clickOn("#scheduleTab");
        robot.clickOn("#addNoteButton");
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#noteTextField").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The note's dialog did not open", e);
        }
        robot.clickOn("#noteTextField").write("Pause \"caf\u00E9\"");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stack.meeting().organization().allSlots().stream().flatMap(slot -> slot.entries().stream())
                .filter(NoteEntry.class::isInstance).map(entry -> ((NoteEntry) entry).text()))
                .contains("Pause \u00AB\u00A0caf\u00E9\u00A0\u00BB");
    }

    /**
     * The broken-up title beside its number in the tree or grid node of {@code styleClass} that holds it; its lines
     * all lie on the left of the number, none over it.
     */
    private static BrokenLines brokenTitleBeside(FxRobot robot, String styleClass, String title) {
        for (Node holder : robot.lookup(styleClass).queryAll()) {
            var found = robot.from(holder).lookup((Node node) -> node instanceof BrokenLines lines
                    && lines.text().startsWith(title)).tryQueryAs(BrokenLines.class);
            if (found.isPresent()) {
                Node number = robot.from(holder).lookup(styleClass.equals(".agenda-cell") ? ".item-number"
                        : ".entry-reference").query();
                for (Node line : found.get().getChildrenUnmodifiable()) {
                    if (line.isVisible()) {
                        for (Node text : ((javafx.scene.Parent) line).getChildrenUnmodifiable()) {
                            assertThat(screen(text).getMaxX()).as("the title's words end before the number")
                                    .isLessThanOrEqualTo(screen(number).getMinX() + 0.5);
                        }
                    }
                }
                return found.get();
            }
        }
        throw new AssertionError("No " + styleClass + " shows " + title);
    }

    /** The lines drawn (the hidden measuring texts aside). */
    private static long lineCount(BrokenLines lines) {
        return lines.getChildrenUnmodifiable().stream().filter(Node::isVisible).count();
    }

    private static Bounds screen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    private static void awaitAnnotationEditor(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#annotationArea").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The annotation's editor was never built", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
