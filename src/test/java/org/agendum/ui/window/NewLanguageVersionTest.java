package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemMark;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.ui.tree.AgendaRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18, a language version from an existing meeting: File ▸ New Language Version… on the saved sample (English)
 * asks for one of the five other languages and opens the French version as a new unsaved document, every item marked
 * "translate"; the sample's file stays as it was. View ▸ Only items left to review or translate shows just those; typing
 * a title takes that item's mark off, Ctrl+Z brings it back; Save proposes the symbol with the version's letter.
 */
@ExtendWith(ApplicationExtension.class)
class NewLanguageVersionTest {
    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    private Meeting meeting() {
        return sample.stack.meeting();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** The lines that show the "translate" badge. */
    private static List<String> linesToTranslate(FxRobot robot) {
        return robot.lookup("#agendaTree .agenda-cell").<TreeCell<AgendaRow>>queryAll().stream()
                .filter(cell -> !cell.isEmpty() && cell.getItem() != null)
                .filter(cell -> robot.from(cell).lookup(".translate-badge").query().isVisible())
                .map(cell -> cell.getItem().text()).toList();
    }

    /** The lines the tree holds (its rows, whether drawn yet or not), top to bottom. */
    private List<String> treeRows() {
        List<String> rows = new java.util.ArrayList<>();
        collect(sample.window.tree().getRoot(), rows);
        return rows;
    }

    private static void collect(javafx.scene.control.TreeItem<AgendaRow> parent, List<String> rows) {
        for (var child : parent.getChildren()) {
            rows.add(child.getValue().text());
            collect(child, rows);
        }
    }

    private void makeTheFrenchVersion(FxRobot robot) {
        robot.clickOn("#fileMenu").clickOn("#menu-new-language-version");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#languageVersionDialog").tryQuery()).as("the language version dialog").isPresent();
        robot.clickOn("#versionLanguage-fr").clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFrenchVersionOpensAsANewDocumentWithEveryItemToTranslate(FxRobot robot) throws Exception {
        byte[] original = Files.readAllBytes(sample.file);
        robot.clickOn("#fileMenu").clickOn("#menu-new-language-version");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#versionLanguage-en").tryQuery()).as("not the sample's own language").isEmpty();
        assertThat(robot.lookup(".radio-button").queryAll()).hasSize(5);
        robot.clickOn("#versionLanguage-fr").clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#languageVersionDialog").tryQuery()).isEmpty();
        Meeting french = meeting();
        assertThat(french.details().masthead().versionLanguage()).isEqualTo(Language.FRENCH);
        assertThat(french.details().masthead().originalLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(french.agenda().allItems()).extracting(AgendaItem::id)
                .containsExactlyElementsOf(sample.meeting.agenda().allItems().stream().map(AgendaItem::id).toList());
        assertThat(french.organization()).isEqualTo(sample.meeting.organization());
        assertThat(french.agenda().allItems()).allMatch(item -> item.mark() == ItemMark.TRANSLATE);
        assertThat(linesToTranslate(robot)).hasSize(7).contains("a) Opening of the meeting");
        assertThat(robot.lookup("#agendaTree .review-badge").queryAll().stream().filter(javafx.scene.Node::isVisible)).isEmpty();
        assertThat(text(robot, "#reviewSummary")).isEqualTo("7 items to translate");
        assertThat(text(robot, "#statusMessage")).isEqualTo("French version made: 7 items to translate; in the details "
                + "and the organization of work, translate too: Body, Meeting, Venue. Save it under a name of its own.");
        assertThat(sample.window.document().file()).as("a new document: Save asks where").isEmpty();
        assertThat(sample.window.document().isDirty()).as("unsaved work from the start").isTrue();
        assertThat(sample.stack.canUndo()).as("a new document, not an edit of the original").isFalse();
        assertThat(Files.readAllBytes(sample.file)).as("the English version's file").isEqualTo(original);

        sample.dialogs.answer(null); // the officer looks at the name proposed, and cancels
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.dialogs.asked).containsExactly("save CTOC_COP_WG.4_2018_1_F.agendum");
    }

    @Test
    void theFilterShowsWhatIsLeftTypingATitleTakesTheMarkOffAndUndoPutsItBack(FxRobot robot) throws Exception {
        makeTheFrenchVersion(robot);
        WindowLookups lookups = new WindowLookups(robot);
        robot.clickOn("#viewMenu").clickOn("#menu-show-only-marked");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(treeRows()).as("every item is left").hasSize(7);

        robot.clickOn(lookups.cell("a) Opening of the meeting"));
        robot.type(KeyCode.F2).write("Ouverture de la r\u00e9union").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meeting().agenda().get(ITEM_1A).mark()).isEqualTo(ItemMark.NONE);
        assertThat(text(robot, "#reviewSummary")).isEqualTo("6 items to translate");
        assertThat(linesToTranslate(robot)).hasSize(6).doesNotContain("a) Ouverture de la r\u00e9union");
        assertThat(treeRows()).as("the item being worked on stays in view")
                .contains("a) Ouverture de la r\u00e9union");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meeting().agenda().get(ITEM_1A).mark()).isEqualTo(ItemMark.TRANSLATE);
        assertThat(meeting().agenda().get(ITEM_1A).title()).isEqualTo("Opening of the meeting");
        assertThat(text(robot, "#reviewSummary")).isEqualTo("7 items to translate");

        // b) (French labels: the tree numbers as the version prints) needs no translation here: marked as translated, it leaves the list once the officer has moved on
        robot.clickOn(lookups.cell("b) Adoption of the agenda and organization of work"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meeting().agenda().get(ITEM_1B).mark()).isEqualTo(ItemMark.NONE);
        assertThat(sample.stack.undoLabel()).contains("Mark as reviewed or translated");
        robot.clickOn("#reviewSummary");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.window.viewModel().selectedItem()).as("the next item left").isEqualTo(ITEM_2);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(treeRows()).hasSize(6).doesNotContain("b) Adoption of the agenda and organization of work")
                .anyMatch(line -> line.startsWith("2. International cooperation"));
        assertThat(text(robot, "#reviewSummary")).isEqualTo("5 items to translate");

        robot.clickOn("#viewMenu").clickOn("#menu-show-only-marked");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(treeRows()).as("the filter off: every item again").hasSize(7);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> lookups.treeLines().size() == 7);
    }
}
