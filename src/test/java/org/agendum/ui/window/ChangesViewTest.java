package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.agendum.changes.Change;
import org.agendum.edit.EditDetails;
import org.agendum.edit.RenameItem;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.edit.SetListEnd;
import org.agendum.model.AgendaItem;
import org.agendum.model.DetailField;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ListEnd;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.typography.UnDates;
import org.agendum.ui.changes.Baselines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Changes: what changed since the file was opened or saved, in words, kept up to date; a click goes there. */
@ExtendWith(ApplicationExtension.class)
class ChangesViewTest {
    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    private static List<String> lines(FxRobot robot) {
        return robot.lookup("#changeList").<ListView<Change>>query().getItems().stream()
                .map(Change::description).toList();
    }

    @SuppressWarnings("unchecked")
    private static ListCell<Change> cell(FxRobot robot, String text) {
        return robot.lookup("#changeList .change-cell").<ListCell<Change>>queryAll().stream()
                .filter(cell -> cell.getItem() != null && cell.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No change " + text));
    }

    private static void openChanges(FxRobot robot) {
        robot.clickOn("#viewMenu").clickOn("#menu-show-changes");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEditedItemShowsAsAChangeAndAClickOnItSelectsTheItem(FxRobot robot) {
        String title = sample.meeting.agenda().get(ITEM_4).title();
        robot.interact(() -> {
            sample.stack.execute(new RenameItem(ITEM_4, "Any other business"));
            sample.window.viewModel().select(ITEM_1);
        });

        openChanges(robot);
        String renamed = "Item 4 renamed: \u201c" + title + "\u201d \u2192 \u201cAny other business\u201d";
        assertThat(lines(robot)).containsExactly(renamed);

        robot.clickOn(cell(robot, renamed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.window.viewModel().selectedItem()).isEqualTo(ITEM_4);
        assertThat(new WindowLookups(robot).selectedLine()).isEqualTo("4. Any other business");
    }

    @Test
    void theListFollowsTheEditsAClickGoesToADetailAndSavingEmptiesIt(FxRobot robot) {
        openChanges(robot);
        assertThat(lines(robot)).isEmpty();
        String venue = sample.meeting.details().meetingInfo().venue();

        robot.interact(() -> sample.stack.execute(new EditDetails<>(DetailField.VENUE, "Geneva")));
        String changed = "Venue: \u201c" + venue + "\u201d \u2192 \u201cGeneva\u201d";
        assertThat(lines(robot)).containsExactly(changed);
        assertThat(robot.lookup("#changeCount").queryLabeled().getText()).isEqualTo("1");

        robot.clickOn(cell(robot, changed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#editorTabs").<TabPane>query().getSelectionModel().getSelectedItem().getId())
                .isEqualTo("detailsTab");

        robot.interact(() -> sample.window.files().save());
        assertThat(lines(robot)).isEmpty();
    }

    /**
     * Once a version is issued the changes count from it, the last one first, and saving does not hide them: a
     * revision shows what changed since the circulated text. The officer can still choose the file as saved.
     */
    @Test
    void afterAnIssueTheChangesCountFromTheIssuedVersionUntilTheOfficerChoosesTheSavedFile(FxRobot robot) {
        robot.clickOn("#fileMenu").clickOn("#menu-issue");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        String venue = sample.meeting.details().meetingInfo().venue();
        robot.interact(() -> sample.stack.execute(new EditDetails<>(DetailField.VENUE, "Geneva")));
        robot.interact(() -> sample.window.files().save());

        openChanges(robot);
        ChoiceBox<Baselines.Baseline> baseline = robot.lookup("#changesBaseline").query();
        String symbol = "CTOC/COP/WG.4/2018/1";
        assertThat(baseline.getItems()).extracting(Baselines.Baseline::words).containsExactly(
                "against " + symbol + ", issued " + UnDates.date(LocalDate.now()),
                "since the file was opened or last saved");
        assertThat(baseline.getValue().words()).startsWith("against " + symbol);
        assertThat(lines(robot)).containsExactly("Venue: \u201c" + venue + "\u201d \u2192 \u201cGeneva\u201d");

        robot.clickOn(baseline).clickOn("since the file was opened or last saved");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines(robot)).isEmpty();

        robot.interact(() -> sample.stack.execute(new EditDetails<>(DetailField.VENUE, "Nairobi")));
        assertThat(baseline.getValue().words()).as("the choice stays while the officer edits")
                .isEqualTo("since the file was opened or last saved");
        assertThat(lines(robot)).containsExactly("Venue: \u201cGeneva\u201d \u2192 \u201cNairobi\u201d");
    }

    /** A change the words do not show, the list's punctuation, goes to its choice among the item's overrides. */
    @Test
    void aListPunctuationChangedShowsAndAClickGoesToItsChoice(FxRobot robot) {
        robot.interact(() -> {
            sample.stack.execute(new SetListEnd(ITEM_4, ListEnd.SEMICOLON));
            sample.window.viewModel().select(ITEM_1);
        });

        openChanges(robot);
        String changed = "Item 4, list punctuation: As the rule says \u2192 Semicolon (;)";
        assertThat(lines(robot)).containsExactly(changed);

        robot.clickOn(cell(robot, changed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.window.viewModel().selectedItem()).isEqualTo(ITEM_4);
        assertThat(robot.lookup("#editorTabs").<TabPane>query().getSelectionModel().getSelectedItem().getId())
                .isEqualTo("itemTab");
        assertThat(robot.lookup("#itemOverrides").query().isVisible()).isTrue();
        assertThat(robot.lookup("#itemListEnd").query().isFocused()).isTrue();
    }

    /** A footnote whose text alone was corrected is a change; a click puts the caret into the item's annotation. */
    @Test
    void aFootnoteCorrectedAloneShowsAndAClickGoesToTheAnnotation(FxRobot robot) {
        AgendaItem annotated = sample.meeting.agenda().allItems().stream()
                .filter(item -> !item.annotation().isEmpty()).findFirst().orElseThrow();
        String number = sample.meeting.agenda().numbered(annotated.id()).orElseThrow().reference();
        robot.interact(() -> {
            sample.stack.execute(new ReplaceAnnotation(annotated.id(), footnoted(annotated.annotation(), "See A/72/1.")));
            sample.window.files().save();
            sample.stack.execute(new ReplaceAnnotation(annotated.id(), footnoted(annotated.annotation(), "See A/73/1.")));
            sample.window.viewModel().select(ITEM_4);
        });

        openChanges(robot);
        String changed = "Item " + number + ", paragraph 1: footnote 1 changed: \u201cSee A/72/1.\u201d \u2192 "
                + "\u201cSee A/73/1.\u201d";
        assertThat(lines(robot)).containsExactly(changed);

        robot.clickOn(cell(robot, changed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.window.viewModel().selectedItem()).isEqualTo(annotated.id());
        assertThat(robot.lookup("#annotationArea").query().isFocused()).isTrue();
    }

    /** The annotation with a footnote called at the end of its first paragraph. */
    private static RichText footnoted(RichText annotation, String note) {
        List<Paragraph> paragraphs = new ArrayList<>(annotation.paragraphs());
        List<Inline> first = new ArrayList<>(paragraphs.get(0).inlines());
        first.add(FootnoteMark.of(note));
        paragraphs.set(0, new Paragraph(paragraphs.get(0).level(), first));
        return new RichText(paragraphs);
    }
}
