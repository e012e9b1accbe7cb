package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
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
import org.agendum.edit.RenameItem;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFiles;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.Meeting;
import org.agendum.testing.LoadErrors;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.files.DialogPrompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
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
    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow().questionsInDialogs();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    private void change(FxRobot robot) {
        robot.interact(() -> sample.stack.execute(new RenameItem(ITEM_4, "Any other business")));
    }

    /** Presses keys with the window focused; a dialog they open is answered by the test while it waits. */
    private void press(FxRobot robot, KeyCode... keys) {
        robot.interact(sample.stage::requestFocus);
        robot.clickOn("#agendaTree");
        robot.push(keys);
        TestWindows.awaitReading(sample.window); // File ▸ Open reads in the background
    }

    private DialogPane saveQuestion(FxRobot robot) {
        return robot.lookup("#saveChangesDialog").queryAs(DialogPane.class);
    }

    @Test
    void theTitleNamesTheFileAndMarksUnsavedChanges(FxRobot robot) {
        assertThat(sample.stage.getTitle()).isEqualTo("wg4.agendum \u2013 Agendum");
        // read from the file, not saved by the officer (issue 14, item 9)
        assertThat(robot.lookup("#saveState").queryLabeled().getText()).isEqualTo("Opened wg4.agendum");
        change(robot);
        assertThat(sample.stage.getTitle()).isEqualTo("*wg4.agendum \u2013 Agendum");
        assertThat(robot.lookup("#saveState").queryLabeled().getText()).isEqualTo("Unsaved changes");
    }

    @Test
    void withUnsavedChangesCancelKeepsEverything(FxRobot robot) {
        change(robot);
        Meeting changed = sample.stack.meeting();
        press(robot, KeyCode.CONTROL, KeyCode.N);
        assertThat(saveQuestion(robot).getHeaderText()).isEqualTo("Do you want to save the changes to wg4.agendum?");
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#saveChangesDialog").tryQuery()).isEmpty();
        assertThat(sample.stack.meeting()).isEqualTo(changed);
        assertThat(sample.stack.isDirty()).isTrue();
        assertThat(sample.stage.getTitle()).isEqualTo("*wg4.agendum \u2013 Agendum");
    }

    @Test
    void withUnsavedChangesDontSaveGivesThemUp(FxRobot robot) throws Exception {
        change(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#dontSaveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.stack.meeting().agenda().items()).isEmpty();
        // the new meeting's organization is the standard grid for its dates, ready to follow the dates set
        assertThat(sample.stack.meeting().organization().isUntouchedStandardGrid()).isTrue();
        assertThat(sample.stack.meeting().organization().days()).singleElement()
                .satisfies(day -> assertThat(day.date())
                        .isEqualTo(sample.stack.meeting().details().meetingInfo().startDate()));
        assertThat(sample.stack.isDirty()).isFalse();
        assertThat(sample.stage.getTitle()).isEqualTo("Untitled meeting \u2013 Agendum");
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(sample.meeting);
    }

    @Test
    void withUnsavedChangesSaveWritesThemFirst(FxRobot robot) throws Exception {
        change(robot);
        Meeting changed = sample.stack.meeting();
        press(robot, KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(changed);
        assertThat(sample.stack.meeting().agenda().items()).isEmpty();
    }

    @Test
    void closingTheWindowAsksTooAndCancelKeepsItOpen(FxRobot robot) {
        change(robot);
        press(robot, KeyCode.CONTROL, KeyCode.W);
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.stage.isShowing()).isTrue();
        press(robot, KeyCode.CONTROL, KeyCode.W);
        robot.clickOn("#dontSaveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.stage.isShowing()).isFalse();
    }

    @Test
    void saveThenReopenGivesTheSameMeeting(FxRobot robot) throws Exception {
        change(robot);
        press(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(sample.stack.isDirty()).isFalse();
        assertThat(sample.stage.getTitle()).isEqualTo("wg4.agendum \u2013 Agendum");
        assertThat(robot.lookup("#saveState").queryLabeled().getText()).isEqualTo("Saved");
        Meeting saved = sample.stack.meeting();
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(saved);
        assertThat(Files.exists(MeetingFiles.backupOf(sample.file))).isTrue();

        press(robot, KeyCode.CONTROL, KeyCode.N); // clean: no question
        assertThat(sample.stack.meeting().agenda().items()).isEmpty();
        sample.dialogs.answer(sample.file);
        press(robot, KeyCode.CONTROL, KeyCode.O);
        assertThat(sample.stack.meeting()).isEqualTo(saved);
        assertThat(sample.stack.isDirty()).isFalse();
        assertThat(sample.stage.getTitle()).isEqualTo("wg4.agendum \u2013 Agendum");
        assertThat(robot.lookup("#saveState").queryLabeled().getText()).isEqualTo("Opened wg4.agendum");
        assertThat(sample.window.recentFiles().files()).first().isEqualTo(sample.file.toAbsolutePath());
    }

    @Test
    void saveAsAddsTheExtensionAndTheWindowFollowsTheNewFile(FxRobot robot) throws Exception {
        change(robot);
        sample.dialogs.answer(sample.folder.resolve("copy"));
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        Path copy = sample.folder.resolve("copy.agendum");
        assertThat(MeetingFiles.load(copy)).isEqualTo(sample.stack.meeting());
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(sample.meeting);
        assertThat(sample.stage.getTitle()).isEqualTo("copy.agendum \u2013 Agendum");
        assertThat(sample.dialogs.asked).containsExactly("save wg4.agendum");
    }

    @Test
    void aFailedSaveSaysWhyAndTheMeetingStaysUnsavedToBeSavedElsewhere(FxRobot robot) throws Exception {
        change(robot);
        Meeting changed = sample.stack.meeting();
        sample.dialogs.answer(sample.folder.resolve("gone").resolve("wg4.agendum"));
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        DialogPane error = robot.lookup("#saveErrorDialog").queryAs(DialogPane.class);
        assertThat(error.getContentText()).startsWith("Could not save wg4.agendum: the folder ")
                .contains("cannot be found").contains("Save As");
        robot.clickOn(error.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.stack.isDirty()).isTrue();
        assertThat(sample.stack.meeting()).isEqualTo(changed);
        assertThat(sample.stage.getTitle()).isEqualTo("*wg4.agendum \u2013 Agendum");

        sample.dialogs.answer(sample.folder.resolve("elsewhere.agendum"));
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        assertThat(MeetingFiles.load(sample.folder.resolve("elsewhere.agendum"))).isEqualTo(changed);
        assertThat(sample.stack.isDirty()).isFalse();
    }

    @Test
    void aFileChangedByAnotherProgramIsOverwrittenOnlyWhenTheOfficerSaysSo(FxRobot robot) throws Exception {
        change(robot);
        Meeting ours = sample.stack.meeting();
        Meeting theirs = new RenameItem(ITEM_4, "Other matters (revised)").apply(sample.meeting);
        Files.write(sample.file, MeetingFiles.write(theirs));
        LocalDateTime at = LocalDateTime.of(2018, 7, 2, 10, 42);
        Files.setLastModifiedTime(sample.file, FileTime.from(at.atZone(ZoneId.systemDefault()).toInstant()));

        press(robot, KeyCode.CONTROL, KeyCode.S);
        DialogPane question = robot.lookup("#changedFileDialog").queryAs(DialogPane.class);
        assertThat(question.getHeaderText())
                .isEqualTo("wg4.agendum was changed by another program at 10:42 on 2 July 2018.");
        assertThat(question.getContentText()).contains("wg4.agendum.bak");
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(theirs);
        assertThat(sample.stack.isDirty()).isTrue();

        press(robot, KeyCode.CONTROL, KeyCode.S);
        robot.clickOn("#overwriteButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(ours);
        assertThat(MeetingFiles.load(MeetingFiles.backupOf(sample.file))).isEqualTo(theirs);
        assertThat(sample.stack.isDirty()).isFalse();
    }

    @Test
    void aFileOpenInAnotherAgendumAsksWhoHasItAndOpensReadOnly(FxRobot robot) throws Exception {
        Path other = sample.folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);
        Instant since = LocalDateTime.of(2018, 7, 2, 10, 42).atZone(ZoneId.systemDefault()).toInstant();
        LockFiles.write(other, new LockOwner("maria", "conference-room-pc", 4242, since), AtomicFileWriter.Disk.REAL);
        sample.dialogs.answer(other);

        press(robot, KeyCode.CONTROL, KeyCode.O);
        DialogPane question = robot.lookup("#fileInUseDialog").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("other.agendum is open in Agendum by maria on conference-room-pc "
                + "since 10:42 on 2 July 2018.");
        assertThat(question.lookupButton(DialogPrompts.TAKE_OVER).getId()).isEqualTo("takeOverButton");
        assertThat(question.lookupButton(DialogPrompts.CANCEL).getId()).isEqualTo("cancelButton");
        robot.clickOn("#readOnlyButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sample.stack.meeting()).isEqualTo(TestMeetings.styled());
        assertThat(sample.stage.getTitle()).isEqualTo("other.agendum (read-only) \u2013 Agendum");
    }

    @Test
    void aMalformedFileGivesItsMessageAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        Path broken = sample.folder.resolve("broken.agendum");
        Files.writeString(broken, "{\"format\": \"agendum-meeting\", \"version\": 1, \"details\": {", StandardCharsets.UTF_8);
        sample.dialogs.answer(broken);
        press(robot, KeyCode.CONTROL, KeyCode.O);
        DialogPane error = robot.lookup("#openErrorDialog").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).isEqualTo("The file could not be opened");
        assertThat(error.getContentText()).isEqualTo(LoadErrors.messageFor(broken));
        robot.clickOn(error.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.stack.meeting()).isEqualTo(sample.meeting);
        assertThat(sample.stage.getTitle()).isEqualTo("wg4.agendum \u2013 Agendum");

        robot.clickOn(new WindowLookups(robot).cell("5. Adoption of the report"));
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        robot.write("Closing of the meeting").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new WindowLookups(robot).treeLines()).last().isEqualTo("6. Closing of the meeting");
    }

    @Test
    void openRecentListsTheFilesUsedAndOpensThem(FxRobot robot) throws Exception {
        Path other = sample.folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);
        sample.dialogs.answer(other);
        press(robot, KeyCode.CONTROL, KeyCode.O);
        assertThat(sample.stack.meeting()).isEqualTo(TestMeetings.styled());
        robot.clickOn("File").clickOn("Open Recent", org.testfx.robot.Motion.VERTICAL_FIRST);
        robot.clickOn("1  other.agendum  \u2014  " + sample.folder.toAbsolutePath(),
                org.testfx.robot.Motion.HORIZONTAL_FIRST);
        TestWindows.awaitReading(sample.window);
        assertThat(sample.stack.meeting()).isEqualTo(TestMeetings.styled()); // the same file again
        assertThat(sample.window.recentFiles().files()).containsExactly(other.toAbsolutePath());
    }
}
