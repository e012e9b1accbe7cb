package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.model.Inline;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.TestMeetings;
import org.agendum.testing.VersionMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in the document's language: an Arabic version's tree, item editor, details and organization of work run
 * right to left and turn back when the version's language changes (an undoable detail); the menus and the status bar
 * stay the application's; typing into the annotation follows the language (Arabic text, bold, undo; French « »).
 */
@ExtendWith(ApplicationExtension.class)
class VersionLanguageWindowTest {
    private static final String ARABIC_WORD = "اعتماد";
    private Stage stage;
    private CommandStack stack;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, Meeting meeting) {
        stack = new CommandStack(meeting);
        robot.interact(() -> window = MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window builds the annotation's editor once its first frame is up. */
    private static void awaitAnnotationEditor(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#annotationEditor").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The annotation's editor was never built", e);
        }
    }

    private NodeOrientation orientationOf(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.getEffectiveNodeOrientation();
    }

    private void assertDocumentParts(FxRobot robot, NodeOrientation expected) {
        robot.clickOn("#detailsTab");
        assertThat(orientationOf(robot, "#detailsEditor")).as("details").isEqualTo(expected);
        robot.clickOn("#scheduleTab");
        assertThat(orientationOf(robot, "#scheduleView")).as("organization of work").isEqualTo(expected);
        robot.clickOn("#itemTab");
        assertThat(orientationOf(robot, "#agendaTree")).as("agenda tree").isEqualTo(expected);
        assertThat(orientationOf(robot, "#annotationEditor")).as("annotation pane").isEqualTo(expected);
        assertThat(robot.lookup("#annotationEditor").query().getPseudoClassStates().stream()
                .anyMatch(state -> state.getPseudoClassName().equals("right-to-left")))
                .as("annotation paragraphs set from the right").isEqualTo(expected == NodeOrientation.RIGHT_TO_LEFT);
        // the application's own parts stay left to right
        assertThat(orientationOf(robot, ".menu-bar")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(orientationOf(robot, "#statusBar")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(orientationOf(robot, "#editorTabs")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void anArabicVersionRunsRightToLeftAndTurnsBackWithItsLanguage(FxRobot robot) {
        show(robot, VersionMeetings.arabic());
        awaitAnnotationEditor(robot);
        assertDocumentParts(robot, NodeOrientation.RIGHT_TO_LEFT);

        // the officer makes it an English version in the details: one step on the stack
        robot.clickOn("#detailsTab");
        @SuppressWarnings("unchecked")
        ChoiceBox<Language> version = robot.lookup("#detail_LANGUAGES_version").queryAs(ChoiceBox.class);
        robot.clickOn(version);
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll())
                .lookup((Node node) -> node instanceof javafx.scene.text.Text text && "English".equals(text.getText()))
                .<Node>query());
        assertThat(stack.meeting().details().masthead().languages().version()).isEqualTo(Language.ENGLISH);
        assertDocumentParts(robot, NodeOrientation.LEFT_TO_RIGHT);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(stack.meeting().details().masthead().languages().version()).isEqualTo(Language.ARABIC);
        assertDocumentParts(robot, NodeOrientation.RIGHT_TO_LEFT);
    }

    @Test
    void anotherMeetingInTheWindowTurnsItBack(FxRobot robot) {
        show(robot, VersionMeetings.arabic());
        assertThat(orientationOf(robot, "#agendaTree")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);

        robot.interact(() -> window.files().newMeeting());
        assertThat(orientationOf(robot, "#agendaTree")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void arabicTypedIntoTheAnnotationIsBoldedAndUndone(FxRobot robot) {
        ItemId item = caretAtAnnotationEnd(robot, Language.ARABIC);
        RichText before = annotation(item);

        robot.write(ARABIC_WORD);
        assertThat(annotation(item).plainText()).isEqualTo(before.plainText() + ARABIC_WORD);
        for (int i = 0; i < ARABIC_WORD.length(); i++) {
            robot.press(KeyCode.SHIFT).push(KeyCode.LEFT).release(KeyCode.SHIFT);
        }
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertThat(lastRun(item)).isEqualTo(new TextRun(ARABIC_WORD, TextStyle.BOLD));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(annotation(item).plainText()).isEqualTo(before.plainText() + ARABIC_WORD);
        assertThat(lastRun(item).style()).isEqualTo(TextStyle.PLAIN);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(annotation(item)).isEqualTo(before);
    }

    @Test
    void aFrenchVersionTypesGuillemetsWithTheirSpaces(FxRobot robot) {
        ItemId item = caretAtAnnotationEnd(robot, Language.FRENCH);
        String before = annotation(item).plainText();

        robot.write(" le \"texte\" dit");

        assertThat(annotation(item).plainText()).isEqualTo(before + " le «\u00A0texte\u00A0» dit");
    }

    /** The sample as a version in {@code language}, the caret at the end of "Other matters"'s annotation. */
    private ItemId caretAtAnnotationEnd(FxRobot robot, Language language) {
        Meeting meeting = VersionMeetings.inLanguage(language);
        ItemId item = TestMeetings.idOf(meeting, "Other matters");
        show(robot, meeting);
        robot.interact(() -> window.viewModel().select(item));
        robot.clickOn("#annotationArea");
        robot.push(KeyCode.CONTROL, KeyCode.END);
        return item;
    }

    private RichText annotation(ItemId item) {
        return stack.meeting().agenda().find(item).orElseThrow().annotation();
    }

    private TextRun lastRun(ItemId item) {
        List<Paragraph> paragraphs = annotation(item).paragraphs();
        List<Inline> inlines = paragraphs.get(paragraphs.size() - 1).inlines();
        return (TextRun) inlines.get(inlines.size() - 1);
    }
}
