package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemMark;
import org.agendum.model.Day;
import org.agendum.model.Meeting;
import org.agendum.ui.common.KeyHelp;
import org.agendum.ui.tree.AgendaRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, next session from this one: File ▸ New Session from This Meeting… on the saved sample (the eighth meeting
 * of the Working Group, 2 and 3 July 2018) asks for the new session, lists the numbers it will bump and what to check,
 * and opens the ninth meeting as a new unsaved document with every item marked for review; the sample's file stays as
 * it was. Editing an item takes its mark off, Mark as reviewed too, and undo brings it back.
 */
@ExtendWith(ApplicationExtension.class)
class NewSessionTest {
    private static final String START = "#newSessionStart .text-field";
    private static final String END = "#newSessionEnd .text-field";

    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    private void openDialog(FxRobot robot) {
        robot.clickOn("#fileMenu").clickOn("#menu-new-session");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#newSessionDialog").tryQuery()).as("the new session dialog").isPresent();
    }

    private static void retype(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private Meeting meeting() {
        return sample.stack.meeting();
    }

    private List<String> linesToReview(FxRobot robot) {
        return robot.lookup("#agendaTree .agenda-cell").<TreeCell<AgendaRow>>queryAll().stream()
                .filter(cell -> !cell.isEmpty() && cell.getItem() != null && cell.getItem().mark() == ItemMark.REVIEW)
                .filter(cell -> robot.from(cell).lookup(".review-badge").query().isVisible())
                .map(cell -> cell.getItem().text()).toList();
    }

    @Test
    void theNinthMeetingOpensAsANewDocumentWithTheNumberBumpedTheItemsToReviewAndTheDaysMoved(FxRobot robot)
            throws Exception {
        byte[] lastSession = Files.readAllBytes(sample.file);
        openDialog(robot);
        assertThat(robot.lookup(START).queryAs(TextInputControl.class).getText()).isEqualTo("1 July 2019");
        assertThat(robot.lookup("#newSessionSymbol").queryAs(TextInputControl.class).getText())
                .isEqualTo("CTOC/COP/WG.4/2019/1");
        CheckBox first = robot.lookup("#change-0").queryAs(CheckBox.class);
        CheckBox second = robot.lookup("#change-1").queryAs(CheckBox.class);
        assertThat(first.isSelected()).isTrue();
        assertThat(second.isSelected()).isTrue();
        assertThat(first.getAccessibleText()).isEqualTo("Item 1 (a), annotation: The eighth meeting of the Working "
                + "Group on\u2026. Change eighth to ninth.");
        assertThat(robot.lookup("#toCheck-0").query().getAccessibleText())
                .isEqualTo("Item 1 (a), annotation, a date of last session: \u2026in Persons will be "
                        + "opened on Monday, 2 July 2018, at 10 a.m.");

        retype(robot, START, "8 July 2019");
        retype(robot, END, "9 July 2019");
        retype(robot, "#newSessionVenue", "Vienna");
        retype(robot, "#newSessionSymbol", "CTOC/COP/WG.4/2019/1");
        assertThat(text(robot, "#newSessionSchedule")).isEqualTo("The organization of work moves onto the new dates.");
        // the Bureau's decision of last year stays as it was written: unticked from the keyboard (the list scrolls)
        robot.interact(second::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second.isSelected()).isFalse();
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#newSessionDialog").tryQuery()).isEmpty();
        Meeting next = meeting();
        assertThat(next.agenda().get(ITEM_1A).annotation().plainText())
                .startsWith("The ninth meeting of the Working Group on Trafficking in Persons will be opened on Monday, "
                        + "2 July 2018");
        assertThat(next.agenda().get(ITEM_1B).annotation().plainText()).contains("agreed that the eighth meeting");
        assertThat(next.details().masthead().symbol()).isEqualTo("CTOC/COP/WG.4/2019/1");
        assertThat(next.details().meetingInfo().startDate()).isEqualTo(LocalDate.of(2019, 7, 8));
        assertThat(next.details().processing().jobNumber()).isEmpty();
        assertThat(next.organization().days()).extracting(Day::date)
                .containsExactly(LocalDate.of(2019, 7, 8), LocalDate.of(2019, 7, 9));
        assertThat(next.organization().allEntries()).isEqualTo(sample.meeting.organization().allEntries());
        assertThat(next.agenda().allItems()).allMatch(item -> item.mark() == ItemMark.REVIEW);
        assertThat(linesToReview(robot)).hasSize(7).contains("(a) Opening of the meeting");
        assertThat(robot.lookup("#agendaTree .agenda-cell").<TreeCell<AgendaRow>>queryAll().stream()
                .filter(cell -> !cell.isEmpty() && cell.getItem() != null).findFirst().orElseThrow()
                .getAccessibleText()).contains("To review");
        assertThat(text(robot, "#reviewSummary")).isEqualTo("7 items to review");
        assertThat(sample.window.document().file()).as("a new document: Save asks where").isEmpty();
        assertThat(sample.window.document().isDirty()).as("unsaved work from the start").isTrue();
        assertThat(sample.stack.canUndo()).as("a new document, not an edit of last session's").isFalse();
        assertThat(Files.readAllBytes(sample.file)).as("last session's file").isEqualTo(lastSession);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3); // the organization of work, as the grid shows it
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".day-header").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).containsExactly("Monday, 8 July", "Tuesday, 9 July");
        assertThat(text(robot, "#statusMessage")).startsWith("New session made from CTOC/COP/WG.4/2018/1: 7 items to "
                + "review.");

        // editing an item takes its mark off; undo brings it back
        WindowLookups lookups = new WindowLookups(robot);
        robot.clickOn(lookups.cell("(a) Opening of the meeting"));
        robot.type(KeyCode.F2).write(" and welcome").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meeting().agenda().get(ITEM_1A).mark()).isEqualTo(ItemMark.NONE);
        assertThat(linesToReview(robot)).hasSize(6).doesNotContain("(a) Opening of the meeting and welcome");
        assertThat(text(robot, "#reviewSummary")).isEqualTo("6 items to review");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meeting().agenda().get(ITEM_1A).mark()).isEqualTo(ItemMark.REVIEW);
        assertThat(meeting().agenda().get(ITEM_1A).title()).isEqualTo("Opening of the meeting");
        assertThat(text(robot, "#reviewSummary")).isEqualTo("7 items to review");

        // Mark as reviewed from the tree's menu, and from its key; undo
        TreeCell<AgendaRow> adoption = lookups.cell("(b) Adoption of the agenda and organization of work");
        robot.clickOn(adoption);
        robot.interact(() -> adoption.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                adoption.localToScreen(10, 10).getX(), adoption.localToScreen(10, 10).getY(), false, null)));
        robot.clickOn("#context-mark-reviewed");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meeting().agenda().get(ITEM_1B).mark()).isEqualTo(ItemMark.NONE);
        assertThat(meeting().agenda().get(ITEM_1B).annotation()).isEqualTo(next.agenda().get(ITEM_1B).annotation());
        assertThat(sample.stack.undoLabel()).contains("Mark as reviewed or translated");
        robot.clickOn(lookups.cell("(a) Opening of the meeting"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#reviewSummary")).isEqualTo("5 items to review");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meeting().agenda().marked(ItemMark.REVIEW)).hasSize(7);
    }

    @Test
    void ctrlShiftNOpensItAndTheShortcutsListNamesBothKeys(FxRobot robot) {
        robot.clickOn("#agendaTree");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#newSessionDialog").tryQuery()).isPresent();
        robot.clickOn("#cancelButton");

        assertThat(ShortcutsDialog.sections().get("Window")).contains(
                new KeyHelp("New Session from This Meeting", "Ctrl+Shift+N"),
                new KeyHelp("Mark as reviewed or translated", "Ctrl+Shift+R"));
    }

    @Test
    void theCountOfItemsToReviewGoesToTheNextOne(FxRobot robot) {
        openDialog(robot);
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        WindowLookups lookups = new WindowLookups(robot);
        robot.clickOn(lookups.cell("(a) Opening of the meeting"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookups.annotationText()).startsWith("The ninth meeting");
        assertThat(meeting().agenda().marked(ItemMark.REVIEW)).as("showing an item in the editor is no review").hasSize(7);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);

        robot.clickOn("#reviewSummary");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookups.selectedLine()).isEqualTo("(b) Adoption of the agenda and organization of work");
    }

    @Test
    void wrongAnswersAreSaidAndCreateWaitsAndCancelChangesNothing(FxRobot robot) {
        openDialog(robot);
        Button create = robot.lookup("#okButton").queryAs(Button.class);
        assertThat(create.isDisabled()).isFalse();

        retype(robot, END, "30 June 2019");
        assertThat(text(robot, "#newSessionError"))
                .isEqualTo("The session ends before it starts: the end date must be on or after the start date.");
        assertThat(create.isDisabled()).isTrue();
        assertThat(text(robot, "#newSessionSchedule")).isEmpty();

        retype(robot, END, "2 July 2019");
        retype(robot, "#newSessionSymbol", "ctoc/COP/WG.4/2019/1");
        assertThat(text(robot, "#newSessionError")).isEqualTo("The symbol must start with capital series letters "
                + "(CTOC/\u2026, not ctoc/\u2026).");
        assertThat(create.isDisabled()).isTrue();

        retype(robot, "#newSessionSymbol", "CTOC/COP/WG.4/2019/1");
        retype(robot, START, "1 July 1919");
        assertThat(text(robot, "#newSessionError"))
                .isEqualTo("The start date is in the year 1919; dates must be between 1945 and 2200.");
        retype(robot, START, "31 June 2019");
        assertThat(text(robot, "#newSessionError")).isEqualTo("The start date is not a date; type one such as 2 July "
                + "2019.");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#newSessionDialog").tryQuery()).as("Enter waits too").isPresent();

        retype(robot, START, "1 July 2019");
        retype(robot, END, "1 July 2019");
        assertThat(text(robot, "#newSessionError")).isEmpty();
        assertThat(text(robot, "#newSessionSchedule")).isEqualTo("1 day of the organization of work falls after the "
                + "new end date: Tuesday, 2 July 2019. Move its meetings or change the dates.");

        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meeting()).isEqualTo(sample.meeting);
        assertThat(sample.window.document().file()).contains(sample.file.toAbsolutePath());
    }
}
