package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.importing.recognize.ReportEntry;
import org.agendum.model.AgendaItem;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextStyle;
import org.agendum.ui.annotation.AnnotationArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: File ▸ Import… reads last session's agenda into a new meeting and shows the import report; a paragraph
 * the import did not place is taken into an item's annotation from the report, with its italics and its link, and
 * Undo takes it back.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ImportWindowTest {
    private static final Path REFERENCE = Path.of("..", "shared", "reference", "CTOC_COP_WG.4_2018_1.txt");
    private static final String STRAY = "The annotations below were prepared by the Secretariat in consultation "
            + "with the Chair.";
    private static final String CHAIR = "https://www.unodc.org/unodc/en/human-trafficking/";
    /** The stray paragraph as a web copy marks it: "Secretariat" in italics, "Chair" a link. */
    private static final String STRAY_MARKED = "The annotations below were prepared by the <i>Secretariat</i> in "
            + "consultation with the [Chair](" + CHAIR + ").";

    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    /** The reference text with a paragraph no part of a meeting takes, between "Annotations" and item 1. */
    private Path documentWithAStrayParagraph() throws Exception {
        String text = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        String withStray = text.replaceFirst("\nAnnotations\n", "\nAnnotations\n\n" + STRAY_MARKED + "\n");
        assertThat(withStray).isNotEqualTo(text);
        Path file = sample.folder.resolve("CTOC_COP_WG.4_2018_1.txt");
        Files.writeString(file, withStray, StandardCharsets.UTF_8);
        return file;
    }

    private void importFromTheMenu(FxRobot robot, Path file) {
        sample.dialogs.answer(file);
        robot.clickOn("#fileMenu").clickOn("#menu-import");
        TestWindows.awaitReading(sample.window);
    }

    @SuppressWarnings("unchecked")
    private static ListView<ReportEntry> reportList(FxRobot robot) {
        return robot.lookup("#importReportList").queryAs(ListView.class);
    }

    private List<String> annotationOf(AgendaItem item) {
        return sample.stack.meeting().agenda().get(item.id()).annotation().paragraphs().stream()
                .map(Paragraph::plainText).toList();
    }

    @Test
    void importShowsTheNewMeetingAndItsReportAndUnplacedTextGoesIntoAnAnnotationUndoably(FxRobot robot)
            throws Exception {
        Path file = documentWithAStrayParagraph();

        importFromTheMenu(robot, file);

        // the imported meeting, without a file: Save will ask where
        assertThat(sample.dialogs.asked).containsExactly("import");
        assertThat(sample.window.document().file()).isEmpty();
        assertThat(sample.stack.meeting().details().masthead().symbol()).isEqualTo("CTOC/COP/WG.4/2018/1");
        assertThat(sample.stack.meeting().agenda().items()).hasSize(5);
        // the report, below the work area, with its summary
        assertThat(robot.lookup("#importReportPanel").tryQuery()).isPresent();
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText())
                .startsWith("CTOC_COP_WG.4_2018_1.txt (text): ").contains("1 not placed");
        ReportEntry stray = reportList(robot).getItems().stream()
                .filter(e -> e.kind() == ReportEntry.Kind.NOT_PLACED).findFirst().orElseThrow();
        assertThat(stray.text()).isEqualTo(STRAY);

        // "To check" leaves the guesses and the stray paragraph
        robot.clickOn("#reportShowToCheck");
        assertThat(reportList(robot).getItems()).isNotEmpty()
                .allMatch(e -> e.kind() != ReportEntry.Kind.RECOGNIZED).contains(stray);

        // select item 1 (a) in the tree, then Add to Annotation on the stray paragraph's line
        AgendaItem opening = sample.stack.meeting().agenda().items().get(0).subItems().get(0);
        robot.interact(() -> sample.window.viewModel().select(opening.id()));
        List<String> before = annotationOf(opening);
        RichText annotationBefore = sample.stack.meeting().agenda().get(opening.id()).annotation();
        Node strayLine = robot.lookup(".problem-cell").match(cellOf(stray)).query();
        Button add = robot.from(strayLine).lookup(".button").queryAs(Button.class);
        assertThat(add.getText()).isEqualTo("Add to Annotation");
        robot.clickOn(add);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(annotationOf(opening)).endsWith(STRAY).hasSize(before.size() + 1);
        // with its italics and its link, in the meeting and in the annotation as the officer sees it
        assertThat(stray.content().plainText()).isEqualTo(STRAY);
        assertThat(sample.stack.meeting().agenda().get(opening.id()).annotation().paragraphs())
                .endsWith(stray.content().paragraphs().get(0));
        AnnotationArea area = robot.lookup("#annotationArea").queryAs(AnnotationArea.class);
        int last = area.getParagraphs().size() - 1;
        String shown = area.getText(last);
        assertThat(shown).isEqualTo(STRAY);
        assertThat(area.getStyleOfChar(last, shown.indexOf("Secretariat") + 1)).isEqualTo(TextStyle.ITALIC);
        assertThat(area.getStyleOfChar(last, shown.indexOf("Chair") + 1)).isEqualTo(TextStyle.link(CHAIR));
        assertThat(area.getStyleOfChar(last, 1)).isEqualTo(TextStyle.PLAIN);
        assertThat(sample.window.importReportPanel().isTaken(stray)).isTrue();
        Node takenLine = robot.lookup(".problem-cell").match(cellOf(stray)).query();
        assertThat(robot.from(takenLine).lookup(".button").queryAs(Button.class).isVisible())
                .as("the button, once the text is in").isFalse();

        // Ctrl+Z takes it back, and the report offers it again
        robot.clickOn("#agendaTree");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sample.stack.meeting().agenda().get(opening.id()).annotation()).isEqualTo(annotationBefore);
        assertThat(annotationOf(opening)).containsExactlyElementsOf(before);
        assertThat(area.getText()).doesNotContain("Secretariat");
        assertThat(sample.window.importReportPanel().isTaken(stray)).isFalse();
    }

    @Test
    void aClickOnALineSelectsTheItemItWentTo(FxRobot robot) throws Exception {
        importFromTheMenu(robot, documentWithAStrayParagraph());
        ReportEntry toItem = reportList(robot).getItems().stream().filter(e -> e.item().isPresent()
                && e.item().get().equals(sample.stack.meeting().agenda().items().get(3).id())).findFirst()
                .orElseThrow();
        robot.interact(() -> reportList(robot).scrollTo(toItem));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.lookup(".problem-cell").match(cellOf(toItem)).queryAs(Node.class));

        assertThat(sample.window.viewModel().selectedItem()).isEqualTo(toItem.item().get());
    }

    @Test
    void aDocumentThatIsNotAnAgendaIsExplainedAndChangesNothing(FxRobot robot) throws Exception {
        Path letter = sample.folder.resolve("letter.txt");
        Files.writeString(letter, "Dear colleagues,\n\nThank you for your letter.\n\nYours sincerely,\n");
        var before = sample.stack.meeting();

        importFromTheMenu(robot, letter);

        assertThat(sample.prompts.errors).singleElement().asString().startsWith("IMPORT: ").contains("letter.txt");
        assertThat(sample.stack.meeting()).isSameAs(before);
        assertThat(sample.window.document().file()).contains(sample.file.toAbsolutePath());
        assertThat(robot.lookup("#importReportPanel").tryQuery()).isEmpty();
    }

    @Test
    void pastedTextIsImportedFromItsDialog(FxRobot robot) throws Exception {
        String text = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        robot.clickOn("#fileMenu").clickOn("#menu-import-text");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea area = robot.lookup("#pastedText").queryAs(TextArea.class);
        robot.interact(() -> area.setText(text));
        robot.clickOn("Import");
        TestWindows.awaitReading(sample.window);

        assertThat(sample.stack.meeting().agenda().items()).hasSize(5);
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).startsWith("pasted text (text): ");
    }

    @Test
    void openingAnotherMeetingClosesTheReport(FxRobot robot) throws Exception {
        importFromTheMenu(robot, documentWithAStrayParagraph());
        assertThat(robot.lookup("#importReportPanel").tryQuery()).isPresent();

        robot.interact(() -> sample.window.files().newMeeting());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#importReportPanel").tryQuery()).isEmpty();
        assertThat(sample.window.actions().isEnabled(AppAction.SHOW_IMPORT_REPORT)).isFalse();
    }

    private static java.util.function.Predicate<Node> cellOf(ReportEntry entry) {
        return node -> node instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() == entry;
    }
}
