package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.file.MeetingFiles;
import org.agendum.testing.FakeFileDialogs;
import org.agendum.testing.ScriptedPrompts;
import org.agendum.testing.TestMeetings;
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
    private CommandStack stack;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(TestMeetings.sample());
        window = MainWindow.show(stage, stack, TestWindows.setup(folder, dialogs, prompts).sample(true));
    }

    @Test
    void ctrlEWritesTheMeetingAsItIsNowWhereTheOfficerChose(FxRobot robot) throws Exception {
        robot.interact(() -> stack.execute(new RenameItem(ITEM_4, "Any other business")));
        dialogs.answer(folder.resolve("agenda"));
        robot.clickOn("#agendaTree");
        robot.push(KeyCode.CONTROL, KeyCode.E);

        Path written = folder.resolve("agenda.docx");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(written)
                && robot.lookup("#statusMessage").queryLabeled().getText().equals("Exported to agenda.docx"));
        assertThat(dialogs.asked).containsExactly("export CTOC_COP_WG.4_2018_1.docx");
        try (InputStream in = Files.newInputStream(written); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("4.\tAny other business.", "Proposed organization of work");
        }
        assertThat(prompts.errors).isEmpty();
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

    @Test
    void theSuggestedNameFollowsTheMeetingFile() {
        assertThat(WordExportCommand.suggestedName("CTOC_COP_WG.4_2018_1.agendum")).isEqualTo("CTOC_COP_WG.4_2018_1.docx");
        assertThat(WordExportCommand.withExtension(Path.of("/tmp/x"))).isEqualTo(Path.of("/tmp/x.docx"));
        assertThat(WordExportCommand.withExtension(Path.of("/tmp/x.DOCX"))).isEqualTo(Path.of("/tmp/x.DOCX"));
    }
}
