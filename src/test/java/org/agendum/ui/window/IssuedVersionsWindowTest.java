package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.agendum.typography.UnDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19, issued versions in the window: File ▸ Issue… proposes the sample's symbol and today, records the meeting as
 * issued in one step that Ctrl+Z takes back; File ▸ Issued Versions… lists it, and opens it in a window of its own whose
 * title says it is read-only and where an edit is refused, in the status bar, without changing anything.
 */
@ExtendWith(ApplicationExtension.class)
class IssuedVersionsWindowTest {
    private static final String SYMBOL = "CTOC/COP/WG.4/2018/1";
    private static final String TODAY = UnDates.date(LocalDate.now());

    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    @AfterEach
    void closeIssuedWindows() {
        for (Stage view : issuedWindows()) {
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(view::hide));
        }
    }

    private static List<Stage> issuedWindows() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage).map(w -> (Stage) w)
                .filter(s -> String.valueOf(s.getTitle()).contains("read-only")).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private void issue(FxRobot robot) {
        robot.clickOn("#fileMenu").clickOn("#menu-issue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#issueSymbol").queryAs(TextField.class).getText()).isEqualTo(SYMBOL);
        assertThat(robot.lookup("#issueDate").queryAs(TextField.class).getText()).isEqualTo(TODAY);
        assertThat(text(robot, "#issueKind")).isEqualTo("Kind: original");
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void issuingRecordsTheMeetingAsIssuedAndUndoTakesItBack(FxRobot robot) {
        issue(robot);

        assertThat(sample.stack.meeting().issued()).extracting(IssuedVersion::symbol, IssuedVersion::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SYMBOL, IssueKind.ORIGINAL));
        assertThat(sample.stack.meeting().issued().get(0).meeting()).isEqualTo(sample.meeting);
        assertThat(text(robot, "#statusMessage")).isEqualTo("Issued as " + SYMBOL + " on " + TODAY
                + "; File \u25b8 Issued Versions\u2026 lists it. Save to keep it in the file.");
        assertThat(sample.stage.getTitle()).startsWith("*");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sample.stack.meeting().issued()).isEmpty();
        assertThat(sample.stage.getTitle()).doesNotStartWith("*");
    }

    @Test
    void theListShowsTheIssuedVersionAndOpensItReadOnly(FxRobot robot) {
        issue(robot);
        robot.clickOn("#fileMenu").clickOn("#menu-issued-versions");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup("#issuedVersionsList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.from(list).lookup(".list-cell").queryAllAs(Labeled.class).stream().map(Labeled::getText))
                .contains(SYMBOL + " \u00b7 " + TODAY + " \u00b7 original");
        robot.clickOn("#openIssuedButton");
        WaitForAsyncUtils.waitForFxEvents();

        List<Stage> views = issuedWindows();
        assertThat(views).hasSize(1);
        Stage view = views.get(0);
        assertThat(view.getTitle()).isEqualTo(SYMBOL + " \u2014 issued " + TODAY + ", read-only \u2013 Agendum");

        // an edit there (Insert adds an item in the tree) is refused and said; neither meeting changes
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(view::requestFocus));
        robot.clickOn(robot.from(view.getScene().getRoot()).lookup("#agendaTree .agenda-cell").<javafx.scene.Node>query());
        robot.push(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.from(view.getScene().getRoot()).lookup("#statusMessage").queryAs(Labeled.class).getText())
                .contains(SYMBOL + " as issued on " + TODAY + " is read-only: nothing in it can be changed.");
        assertThat(sample.stack.meeting().agenda()).isEqualTo(sample.meeting.agenda());
        assertThat(robot.from(view.getScene().getRoot()).lookup("#agendaTree .agenda-cell").queryAll().stream()
                .filter(cell -> !((javafx.scene.control.TreeCell<?>) cell).isEmpty()).count())
                .isEqualTo(robot.from(sample.stage.getScene().getRoot()).lookup("#agendaTree .agenda-cell")
                        .queryAll().stream().filter(cell -> !((javafx.scene.control.TreeCell<?>) cell).isEmpty())
                        .count());
    }

    @Test
    void exportingTheCirculatedVersionRecordsItOnceTheDocumentIsWritten(FxRobot robot) throws Exception {
        java.nio.file.Path written = sample.folder.resolve("agenda.docx");
        sample.dialogs.answer(written);
        robot.clickOn("#fileMenu").clickOn("#menu-export-circulated");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#issueSymbol").queryAs(TextField.class).getText()).isEqualTo(SYMBOL);
        robot.clickOn("#okButton");

        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> java.nio.file.Files.exists(written)
                && text(robot, "#statusMessage").startsWith("Exported and issued"));

        assertThat(text(robot, "#statusMessage")).isEqualTo("Exported and issued as " + SYMBOL + " on " + TODAY
                + ". Save to keep the issued version in the file.");
        assertThat(sample.stack.meeting().issued()).hasSize(1);
        assertThat(sample.stack.meeting().issued().get(0).meeting()).isEqualTo(sample.meeting);
    }

    @Test
    void aCancelledExportRecordsNothing(FxRobot robot) {
        sample.dialogs.answer(null);
        robot.clickOn("#fileMenu").clickOn("#menu-export-circulated");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sample.stack.meeting().issued()).isEmpty();
        assertThat(sample.stack.canUndo()).isFalse();
    }

    @Test
    void withNothingIssuedTheListSaysHowToIssue(FxRobot robot) {
        robot.clickOn("#fileMenu").clickOn("#menu-issued-versions");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#issuedVersionsList").queryAs(ListView.class).getItems()).isEmpty();
        assertThat(robot.lookup("#openIssuedButton").query().isDisabled()).isTrue();
        javafx.scene.Node list = robot.lookup("#issuedVersionsList").query();
        assertThat(robot.from(list).lookup(".label").queryAs(Labeled.class).getText()).isEqualTo("No version issued yet: File \u25b8 Issue\u2026 records one.");
        robot.clickOn("#closeButton");
    }
}
