package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFiles;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.testing.FakeFileDialogs;
import org.agendum.testing.LoadErrors;
import org.agendum.testing.ScriptedPrompts;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.files.DialogPrompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * New, Open, Save, Save As and Close on a window whose meeting is a file in a temporary folder. The question
 * about unsaved changes is the real dialog, answered by clicking its buttons; the file dialogs are stand-ins.
 */
@ExtendWith(ApplicationExtension.class)
class FileCommandsTest {
    private static final ItemId OTHER = new ItemId("item-4");

    private final Meeting sample = TestMeetings.sample();
    private final Path folder = TestWindows.tempFolder();
    private final Path file = folder.resolve("wg4.agendum");
    private final FakeFileDialogs dialogs = new FakeFileDialogs();
    private CommandStack stack;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        MeetingFiles.save(sample, file);
        stack = new CommandStack(MeetingFiles.load(file));
        window = MainWindow.show(stage, stack, TestWindows.setup(folder, dialogs, new ScriptedPrompts())
                .prompts(new DialogPrompts(stage)).file(file));
    }

    private void change(FxRobot robot) {
        robot.interact(() -> stack.execute(new RenameItem(OTHER, "Any other business")));
    }

    /** Presses keys with the window focused; a dialog they open is answered by the test while it waits. */
    private void press(FxRobot robot, KeyCode... keys) {
        robot.interact(stage::requestFocus);
        robot.clickOn("#agendaTree");
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DialogPane saveQuestion(FxRobot robot) {
        return robot.lookup("#saveChangesDialog").queryAs(DialogPane.class);
    }

    @Test
    void theTitleNamesTheFileAndMarksUnsavedChanges(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("wg4.agendum \u2013 Agendum");
        assertThat(robot.lookup("#saveState").queryLabeled().getText()).isEqualTo("Saved");
        change(robot);
        assertThat(stage.getTitle()).isEqualTo("*wg4.agendum \u2013 Agendum");
        assertThat(robot.lookup("#saveState").queryLabeled().getText()).isEqualTo("Unsaved changes");
    }

    @Test
    void withUnsavedChangesCancelKeepsEverything(FxRobot robot) {
        change(robot);
        Meeting changed = stack.meeting();
        press(robot, KeyCode.CONTROL, KeyCode.N);
        assertThat(saveQuestion(robot).getHeaderText()).isEqualTo("Do you want to save the changes to wg4.agendum?");
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#saveChangesDialog").tryQuery()).isEmpty();
        assertThat(stack.meeting()).isEqualTo(changed);
        assertThat(stack.isDirty()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("*wg4.agendum \u2013 Agendum");
    }

    @Test
    void withUnsavedChangesDontSaveGivesThemUp(FxRobot robot) throws Exception {
        change(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#dontSaveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().items()).isEmpty();
        // the new meeting's organization is the standard grid for its dates, ready to follow the dates set
        assertThat(stack.meeting().organization().isUntouchedStandardGrid()).isTrue();
        assertThat(stack.meeting().organization().days()).singleElement()
                .satisfies(day -> assertThat(day.date()).isEqualTo(stack.meeting().details().meetingInfo().startDate()));
        assertThat(stack.isDirty()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("Untitled meeting \u2013 Agendum");
        assertThat(MeetingFiles.load(file)).isEqualTo(sample);
    }

    @Test
    void withUnsavedChangesSaveWritesThemFirst(FxRobot robot) throws Exception {
        change(robot);
        Meeting changed = stack.meeting();
        press(robot, KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MeetingFiles.load(file)).isEqualTo(changed);
        assertThat(stack.meeting().agenda().items()).isEmpty();
    }

    @Test
    void closingTheWindowAsksTooAndCancelKeepsItOpen(FxRobot robot) {
        change(robot);
        press(robot, KeyCode.CONTROL, KeyCode.W);
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        press(robot, KeyCode.CONTROL, KeyCode.W);
        robot.clickOn("#dontSaveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void saveThenReopenGivesTheSameMeeting(FxRobot robot) throws Exception {
        change(robot);
        press(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(stack.isDirty()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("wg4.agendum \u2013 Agendum");
        Meeting saved = stack.meeting();
        assertThat(MeetingFiles.load(file)).isEqualTo(saved);
        assertThat(Files.exists(MeetingFiles.backupOf(file))).isTrue();

        press(robot, KeyCode.CONTROL, KeyCode.N); // clean: no question
        assertThat(stack.meeting().agenda().items()).isEmpty();
        dialogs.answer(file);
        press(robot, KeyCode.CONTROL, KeyCode.O);
        assertThat(stack.meeting()).isEqualTo(saved);
        assertThat(stack.isDirty()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("wg4.agendum \u2013 Agendum");
        assertThat(window.recentFiles().files()).first().isEqualTo(file.toAbsolutePath());
    }

    @Test
    void saveAsAddsTheExtensionAndTheWindowFollowsTheNewFile(FxRobot robot) throws Exception {
        change(robot);
        dialogs.answer(folder.resolve("copy"));
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        Path copy = folder.resolve("copy.agendum");
        assertThat(MeetingFiles.load(copy)).isEqualTo(stack.meeting());
        assertThat(MeetingFiles.load(file)).isEqualTo(sample);
        assertThat(stage.getTitle()).isEqualTo("copy.agendum \u2013 Agendum");
        assertThat(dialogs.asked).containsExactly("save wg4.agendum");
    }

    @Test
    void aFailedSaveSaysWhyAndTheMeetingStaysUnsavedToBeSavedElsewhere(FxRobot robot) throws Exception {
        change(robot);
        Meeting changed = stack.meeting();
        dialogs.answer(folder.resolve("gone").resolve("wg4.agendum"));
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        DialogPane error = robot.lookup("#saveErrorDialog").queryAs(DialogPane.class);
        assertThat(error.getContentText()).startsWith("Could not save wg4.agendum: the folder ")
                .contains("cannot be found").contains("Save As");
        robot.clickOn(error.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.isDirty()).isTrue();
        assertThat(stack.meeting()).isEqualTo(changed);
        assertThat(stage.getTitle()).isEqualTo("*wg4.agendum \u2013 Agendum");

        dialogs.answer(folder.resolve("elsewhere.agendum"));
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        assertThat(MeetingFiles.load(folder.resolve("elsewhere.agendum"))).isEqualTo(changed);
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void aFileChangedByAnotherProgramIsOverwrittenOnlyWhenTheOfficerSaysSo(FxRobot robot) throws Exception {
        change(robot);
        Meeting ours = stack.meeting();
        Meeting theirs = new RenameItem(OTHER, "Other matters (revised)").apply(sample);
        Files.write(file, MeetingFiles.write(theirs));
        LocalDateTime at = LocalDateTime.of(2018, 7, 2, 10, 42);
        Files.setLastModifiedTime(file, FileTime.from(at.atZone(ZoneId.systemDefault()).toInstant()));

        press(robot, KeyCode.CONTROL, KeyCode.S);
        DialogPane question = robot.lookup("#changedFileDialog").queryAs(DialogPane.class);
        assertThat(question.getHeaderText())
                .isEqualTo("wg4.agendum was changed by another program at 10:42 on 2 July 2018.");
        assertThat(question.getContentText()).contains("wg4.agendum.bak");
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MeetingFiles.load(file)).isEqualTo(theirs);
        assertThat(stack.isDirty()).isTrue();

        press(robot, KeyCode.CONTROL, KeyCode.S);
        robot.clickOn("#overwriteButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MeetingFiles.load(file)).isEqualTo(ours);
        assertThat(MeetingFiles.load(MeetingFiles.backupOf(file))).isEqualTo(theirs);
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void aFileOpenInAnotherAgendumAsksWhoHasItAndOpensReadOnly(FxRobot robot) throws Exception {
        Path other = folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);
        Instant since = LocalDateTime.of(2018, 7, 2, 10, 42).atZone(ZoneId.systemDefault()).toInstant();
        LockFiles.write(other, new LockOwner("maria", "conference-room-pc", 4242, since), AtomicFileWriter.Disk.REAL);
        dialogs.answer(other);

        press(robot, KeyCode.CONTROL, KeyCode.O);
        DialogPane question = robot.lookup("#fileInUseDialog").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("other.agendum is open in Agendum by maria on conference-room-pc "
                + "since 10:42 on 2 July 2018.");
        assertThat(question.lookupButton(DialogPrompts.TAKE_OVER).getId()).isEqualTo("takeOverButton");
        assertThat(question.lookupButton(DialogPrompts.CANCEL).getId()).isEqualTo("cancelButton");
        robot.clickOn("#readOnlyButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stack.meeting()).isEqualTo(TestMeetings.styled());
        assertThat(stage.getTitle()).isEqualTo("other.agendum (read-only) \u2013 Agendum");
    }

    @Test
    void aMalformedFileGivesItsMessageAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.agendum");
        Files.writeString(broken, "{\"format\": \"agendum-meeting\", \"version\": 1, \"details\": {", StandardCharsets.UTF_8);
        dialogs.answer(broken);
        press(robot, KeyCode.CONTROL, KeyCode.O);
        DialogPane error = robot.lookup("#openErrorDialog").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).isEqualTo("The file could not be opened");
        assertThat(error.getContentText()).isEqualTo(LoadErrors.messageFor(broken));
        robot.clickOn(error.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(stage.getTitle()).isEqualTo("wg4.agendum \u2013 Agendum");

        robot.clickOn(new WindowLookups(robot).cell("5. Adoption of the report"));
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        robot.write("Closing of the meeting").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new WindowLookups(robot).treeLines()).last().isEqualTo("6. Closing of the meeting");
    }

    @Test
    void openRecentListsTheFilesUsedAndOpensThem(FxRobot robot) throws Exception {
        Path other = folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);
        dialogs.answer(other);
        press(robot, KeyCode.CONTROL, KeyCode.O);
        assertThat(stack.meeting()).isEqualTo(TestMeetings.styled());
        robot.clickOn("File").clickOn("Open Recent", org.testfx.robot.Motion.VERTICAL_FIRST);
        robot.clickOn("1  other.agendum  \u2014  " + folder.toAbsolutePath(), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(TestMeetings.styled()); // the same file again
        assertThat(window.recentFiles().files()).containsExactly(other.toAbsolutePath());
    }
}
