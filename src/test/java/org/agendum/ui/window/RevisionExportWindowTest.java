package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.RenameItem;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19, File ▸ Export Revision…: after the sample is issued and an item renamed, the revision is proposed as
 * ".../Rev.1", written under that symbol with Word's tracked changes against the issued version (or clean), and
 * recorded as the second issued version in one step Ctrl+Z takes back; with nothing issued it refuses and says why.
 */
@ExtendWith(ApplicationExtension.class)
class RevisionExportWindowTest {
    private static final String SYMBOL = "CTOC/COP/WG.4/2018/1";
    private static final String REVISION = SYMBOL + "/Rev.1";

    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** The sample issued, then item 4 renamed: a revision has something to show. */
    private void issueAndRename(FxRobot robot) {
        robot.clickOn("#fileMenu").clickOn("#menu-issue");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> sample.stack.execute(new RenameItem(ITEM_4, "Any other business")));
    }

    /** File ▸ Export Revision… through both dialogs (clean or tracked) to {@code written}, waited for. */
    private void exportRevision(FxRobot robot, Path written, boolean clean) throws Exception {
        sample.dialogs.answer(written);
        robot.clickOn("#fileMenu").clickOn("#menu-export-revision");
        WaitForAsyncUtils.waitForFxEvents();
        if (clean) {
            robot.clickOn("#revisionClean");
        }
        robot.clickOn("#exportRevisionButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#issueSymbol").queryAs(TextField.class).getText()).isEqualTo(REVISION);
        assertThat(text(robot, "#issueKind")).isEqualTo("Kind: revision");
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(written)
                && text(robot, "#statusMessage").startsWith("Exported and issued"));
    }

    /** The XML of the parts of {@code docx} whose names start with {@code prefix}, one after the other. */
    private static String parts(Path docx, String prefix) {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            StringBuilder xml = new StringBuilder();
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith(prefix)) {
                    xml.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return xml.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String body(Path docx) {
        return parts(docx, "word/document.xml");
    }

    /** The masthead's text: the symbol is in the page headers. */
    private static String masthead(Path docx) {
        return parts(docx, "word/header").replaceAll("<[^>]+>", "");
    }

    @Test
    void theRevisionIsWrittenTrackedUnderItsSymbolAndRecordedInOneUndoableStep(FxRobot robot) throws Exception {
        issueAndRename(robot);
        Path written = sample.folder.resolve("revision.docx");

        exportRevision(robot, written, false);

        assertThat(sample.dialogs.asked).containsExactly("export CTOC_COP_WG.4_2018_1_Rev.1.docx");
        String xml = body(written);
        assertThat(xml).contains("<w:ins ").contains("<w:del ").contains(">Any other business<");
        assertThat(masthead(written)).contains(REVISION);
        assertThat(parts(written, "word/header")).doesNotContain("<w:ins ").doesNotContain("<w:del ");
        assertThat(sample.stack.meeting().issued()).extracting(IssuedVersion::symbol, IssuedVersion::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SYMBOL, IssueKind.ORIGINAL),
                        org.assertj.core.groups.Tuple.tuple(REVISION, IssueKind.REVISION));
        // the officer's meeting keeps its own symbol; only the document is the revision's
        assertThat(sample.stack.meeting().details().masthead().symbol()).isEqualTo(SYMBOL);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sample.stack.meeting().issued()).extracting(IssuedVersion::symbol).containsExactly(SYMBOL);
        assertThat(sample.stack.meeting().agenda().get(ITEM_4).title()).isEqualTo("Any other business");
    }

    @Test
    void theCleanRevisionHasNoMarks(FxRobot robot) throws Exception {
        issueAndRename(robot);
        Path written = sample.folder.resolve("clean.docx");

        exportRevision(robot, written, true);

        String xml = body(written);
        assertThat(xml).doesNotContain("<w:ins ").doesNotContain("<w:del ").contains("Any other business");
        assertThat(masthead(written)).contains(REVISION);
        assertThat(sample.stack.meeting().issued()).extracting(IssuedVersion::kind)
                .containsExactly(IssueKind.ORIGINAL, IssueKind.REVISION);
    }

    @Test
    void withNothingIssuedItRefusesAndSaysHowToIssue(FxRobot robot) {
        robot.clickOn("#fileMenu").clickOn("#menu-export-revision");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#statusMessage")).isEqualTo(
                "Nothing has been issued yet: File \u25b8 Issue\u2026 records the circulated version first.");
        assertThat(robot.lookup("#issueDialog").tryQuery()).isEmpty();
        assertThat(sample.dialogs.asked).isEmpty();
        assertThat(sample.stack.canUndo()).isFalse();
    }

    @Test
    void aCancelledRevisionRecordsNothing(FxRobot robot) {
        issueAndRename(robot);
        robot.clickOn("#fileMenu").clickOn("#menu-export-revision");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#issueDialog").tryQuery()).isEmpty();
        assertThat(sample.stack.meeting().issued()).hasSize(1);
        assertThat(sample.dialogs.asked).isEmpty();
    }

    /**
     * A reissue for technical reasons keeps the document's symbol and date: no Issue dialog, the symbol's asterisk in
     * the masthead, the note with today's date at the foot of page 1, recorded as a reissue Ctrl+Z takes back.
     */
    @Test
    void aReissueKeepsTheSymbolAndAddsItsAsteriskAndNote(FxRobot robot) throws Exception {
        issueAndRename(robot);
        Path written = sample.folder.resolve("reissue.docx");
        sample.dialogs.answer(written);
        robot.clickOn("#fileMenu").clickOn("#menu-export-revision");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#revisionReissue")).startsWith("Reissue for technical reasons, same symbol: "
                + SYMBOL + "* with the note \u201c* Reissued for technical reasons on ");

        robot.clickOn("#revisionReissue").clickOn("#exportRevisionButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(written)
                && text(robot, "#statusMessage").startsWith("Exported and issued"));

        assertThat(sample.dialogs.asked).containsExactly("export CTOC_COP_WG.4_2018_1.docx");
        IssuedVersion reissue = sample.stack.meeting().issued().get(1);
        assertThat(reissue.symbol()).isEqualTo(SYMBOL);
        assertThat(reissue.kind()).isEqualTo(IssueKind.REISSUE);
        assertThat(masthead(written)).contains(SYMBOL + "*")
                .contains(org.agendum.typography.UnDates.date(sample.stack.meeting().issued().get(0).date()));
        assertThat(parts(written, "word/footnotes.xml")).contains(
                "Reissued for technical reasons on " + org.agendum.typography.UnDates.date(reissue.date()) + ".");
        // clean: a reissue marks no changes, and carries the renamed item
        assertThat(body(written)).doesNotContain("<w:ins ").doesNotContain("<w:del ").contains("Any other business");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sample.stack.meeting().issued()).extracting(IssuedVersion::kind).containsExactly(IssueKind.ORIGINAL);
    }
}
