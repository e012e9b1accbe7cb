package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.file.MeetingFiles;
import org.agendum.session.Prompts;
import org.agendum.testing.FakeFileDialogs;
import org.agendum.testing.ScriptedPrompts;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.files.DocumentOpener;
import org.agendum.ui.files.WordExportCommand;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export to Word (Ctrl+E) in the window: the document written where the officer chose, or why not. */
@ExtendWith(ApplicationExtension.class)
class WordExportCommandTest {
    private final Path folder = TestWindows.tempFolder();
    private final FakeFileDialogs dialogs = new FakeFileDialogs();
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final RecordingOpener opener = new RecordingOpener();
    private CommandStack stack;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(TestMeetings.sample());
        window = MainWindow.show(stage, stack, TestWindows.setup(folder, dialogs, prompts).sample(true)
                .documentOpener(opener));
    }

    @Test
    void ctrlEWritesTheMeetingAsItIsNowWhereTheOfficerChose(FxRobot robot) throws Exception {
        robot.interact(() -> stack.execute(new RenameItem(ITEM_4, "Any other business")));
        dialogs.answer(folder.resolve("agenda"));
        robot.clickOn("#agendaTree");
        robot.push(KeyCode.CONTROL, KeyCode.E);

        Path written = folder.resolve("agenda.docx");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(written)
                && robot.lookup("#statusMessage").queryLabeled().getText().startsWith("Exported to agenda.docx"));
        assertThat(dialogs.asked).containsExactly("export CTOC_COP_WG.4_2018_1.docx");
        try (InputStream in = Files.newInputStream(written); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("4.\tAny other business.", "Proposed organization of work");
        }
        assertThat(prompts.errors).isEmpty();
    }

    @Test
    void theStatusBarSaysWhereItWroteCalmlyAndOpensTheDocumentOrItsFolder(FxRobot robot) throws Exception {
        dialogs.answer(folder.resolve("agenda.docx"));
        robot.clickOn("#fileMenu").clickOn("#menu-export-word");
        Path written = folder.resolve("agenda.docx").toAbsolutePath().normalize();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(written)
                && robot.lookup("#openExportButton").query().isVisible());

        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Exported to agenda.docx in " + written.getParent());
        // not the warning look of a refusal
        assertThat(message.getStyleClass()).contains(StatusBar.DONE);
        assertThat(robot.lookup("#showExportFolderButton").query().isVisible()).isTrue();

        robot.clickOn("#openExportButton");
        robot.clickOn("#showExportFolderButton");
        assertThat(opener.calls).containsExactly("open " + written, "folder " + written.getParent());
        assertThat(prompts.questions).isEmpty();
    }

    @Test
    void aRefusalAfterAnExportHasTheWarningLookAndNoLinks(FxRobot robot) throws Exception {
        dialogs.answer(folder.resolve("agenda.docx"));
        robot.clickOn("#fileMenu").clickOn("#menu-export-word");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#openExportButton").query().isVisible());

        dialogs.answer(folder.resolve("agenda.agendum"));
        robot.clickOn("#fileMenu").clickOn("#menu-export-word");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Not exported: ");
        assertThat(message.getStyleClass()).doesNotContain(StatusBar.DONE);
        assertThat(robot.lookup("#openExportButton").query().isVisible()).isFalse();
        assertThat(robot.lookup("#showExportFolderButton").query().isVisible()).isFalse();
    }

    @Test
    void errorsAreSaidBeforeAskingWhereAndShowProblemsExportsNothingAndShowsTheFirst(FxRobot robot) {
        robot.interact(() -> stack.execute(new RenameItem(ITEM_4, "")));
        assertThat(window.viewModel().selectedItem()).isNotEqualTo(ITEM_4);
        prompts.answer(Prompts.ExportErrorsChoice.SHOW_PROBLEMS);
        robot.clickOn("#agendaTree");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(prompts.questions).singleElement().asString()
                .startsWith("export with 1 errors: ").contains("has no title");
        assertThat(dialogs.asked).isEmpty();
        assertThat(robot.lookup("#problemsPanel").tryQuery()).isPresent();
        assertThat(window.viewModel().selectedItem()).isEqualTo(ITEM_4);
        assertThat(folder.resolve("CTOC_COP_WG.4_2018_1.docx")).doesNotExist();
    }

    @Test
    void exportAnywayGoesOnAsWithoutErrors(FxRobot robot) throws Exception {
        robot.interact(() -> stack.execute(new RenameItem(ITEM_4, "")));
        prompts.answer(Prompts.ExportErrorsChoice.EXPORT_ANYWAY);
        dialogs.answer(folder.resolve("agenda.docx"));
        robot.clickOn("#fileMenu").clickOn("#menu-export-word");

        Path written = folder.resolve("agenda.docx");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(written)
                && robot.lookup("#statusMessage").queryLabeled().getText().startsWith("Exported to agenda.docx"));
        assertThat(prompts.questions).hasSize(1);
        assertThat(dialogs.asked).containsExactly("export CTOC_COP_WG.4_2018_1.docx");
    }

    @Test
    void cancelAsksNothingMoreAndWritesNothing(FxRobot robot) {
        robot.interact(() -> stack.execute(new RenameItem(ITEM_4, "")));
        prompts.answer(Prompts.ExportErrorsChoice.CANCEL);
        robot.clickOn("#fileMenu").clickOn("#menu-export-word");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(prompts.questions).hasSize(1);
        assertThat(dialogs.asked).isEmpty();
        assertThat(robot.lookup("#problemsPanel").tryQuery()).isEmpty();
    }

    @Test
    void aPlaceThatCannotBeWrittenIsExplainedAndNothingIsLost(FxRobot robot) throws Exception {
        dialogs.answer(folder.resolve("no such folder").resolve("agenda.docx"));
        robot.clickOn("#fileMenu").clickOn("#menu-export-word");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !prompts.errors.isEmpty());
        assertThat(prompts.errors).singleElement().asString()
                .startsWith("EXPORT: ").contains("cannot be found");
        assertThat(stack.meeting()).isEqualTo(TestMeetings.sample());
    }

    @Test
    void aMeetingFileNameIsRefusedAndNothingIsWritten(FxRobot robot) {
        dialogs.answer(folder.resolve("agenda.agendum"));
        robot.clickOn("#fileMenu").clickOn("#menu-export-word");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(prompts.errors).singleElement().asString()
                .startsWith("EXPORT: agenda.agendum is a meeting file name").contains("Nothing was written.");
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText())
                .startsWith("Not exported: agenda.agendum is a meeting file name");
        assertThat(folder.resolve("agenda.agendum")).doesNotExist();
        assertThat(folder.resolve("agenda.agendum.docx")).doesNotExist();
    }

    @Test
    void theMeetingsOwnFileIsRefusedThroughALinkToo(FxRobot robot) throws Exception {
        Path meeting = folder.resolve("wg4.agendum");
        robot.interact(() -> window.files().saveTo(meeting));
        byte[] saved = Files.readAllBytes(meeting);
        Path link = Files.createSymbolicLink(folder.resolve("wg4.docx"), meeting);
        dialogs.answer(link);
        robot.clickOn("#fileMenu").clickOn("#menu-export-word");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(prompts.errors).singleElement().asString()
                .startsWith("EXPORT: wg4.docx is a link to the meeting file wg4.agendum; exporting there would "
                        + "replace the meeting.");
        assertThat(Files.readAllBytes(meeting)).isEqualTo(saved);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(MeetingFiles.backupOf(meeting)).doesNotExist();
    }

    /** Records what the status bar's links asked to open. */
    static final class RecordingOpener implements DocumentOpener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void open(Path file) {
            calls.add("open " + file);
        }

        @Override
        public void showFolder(Path folder) {
            calls.add("folder " + folder);
        }
    }

    @Test
    void theSuggestedNameFollowsTheMeetingFile() {
        assertThat(WordExportCommand.suggestedName("CTOC_COP_WG.4_2018_1.agendum")).isEqualTo("CTOC_COP_WG.4_2018_1.docx");
        assertThat(WordExportCommand.withExtension(Path.of("/tmp/x"))).isEqualTo(Path.of("/tmp/x.docx"));
        assertThat(WordExportCommand.withExtension(Path.of("/tmp/x.DOCX"))).isEqualTo(Path.of("/tmp/x.DOCX"));
    }
}
