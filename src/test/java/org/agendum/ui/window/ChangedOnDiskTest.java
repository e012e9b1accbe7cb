package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.file.MeetingFiles;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.session.Prompts;
import org.agendum.testing.FakeFileDialogs;
import org.agendum.testing.ScriptedPrompts;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saving over a file that another program has changed since the window opened or saved it: the officer is asked
 * (Overwrite / Save As… / Cancel) and nothing is written before the answer. The answers are scripted.
 */
@ExtendWith(ApplicationExtension.class)
class ChangedOnDiskTest {
    private static final ItemId ITEM = new ItemId("item-4");
    private static final LocalDateTime THEIR_TIME = LocalDateTime.of(2018, 7, 2, 10, 42);
    private static final String QUESTION = "changed wg4.agendum at 10:42 on 2 July 2018";

    private final Meeting sample = TestMeetings.sample();
    /** What the other program writes. */
    private final Meeting theirs = new RenameItem(ITEM, "Other matters (revised by the secretariat)").apply(sample);
    private final Path folder = TestWindows.tempFolder();
    private final Path file = folder.resolve("wg4.agendum");
    private final FakeFileDialogs dialogs = new FakeFileDialogs();
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private CommandStack stack;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        MeetingFiles.save(sample, file);
        stack = new CommandStack(MeetingFiles.load(file));
        window = MainWindow.show(stage, stack, TestWindows.setup(folder, dialogs, prompts).file(file));
    }

    /** Our own change, not saved yet. */
    private Meeting changeOurs(FxRobot robot, String title) {
        robot.interact(() -> stack.execute(new RenameItem(ITEM, title)));
        return stack.meeting();
    }

    /** Another program writes the file in place (as an editor or a synchronisation tool would), at 10:42. */
    private void anotherProgramWrites(Meeting meeting) throws Exception {
        Files.write(file, MeetingFiles.write(meeting));
        Files.setLastModifiedTime(file, FileTime.from(THEIR_TIME.atZone(ZoneId.systemDefault()).toInstant()));
    }

    private boolean save(FxRobot robot) {
        AtomicBoolean saved = new AtomicBoolean();
        robot.interact(() -> saved.set(window.files().save()));
        return saved.get();
    }

    @Test
    void aFileAsItWasLeftIsSavedWithoutAQuestionEvenWhenOnlyItsTimeChanged(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        assertThat(save(robot)).isTrue();
        Files.setLastModifiedTime(file, FileTime.from(THEIR_TIME.atZone(ZoneId.systemDefault()).toInstant()));
        Meeting again = changeOurs(robot, "Other business");

        assertThat(save(robot)).isTrue();

        assertThat(prompts.questions).isEmpty();
        assertThat(MeetingFiles.load(file)).isEqualTo(again).isNotEqualTo(ours);
    }

    @Test
    void cancelWritesNothingAndKeepsTheWork(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        anotherProgramWrites(theirs);
        prompts.answer(Prompts.ChangedFileChoice.CANCEL);

        assertThat(save(robot)).isFalse();

        assertThat(prompts.questions).containsExactly(QUESTION);
        assertThat(MeetingFiles.load(file)).isEqualTo(theirs);
        assertThat(stack.meeting()).isEqualTo(ours);
        assertThat(stack.isDirty()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("*wg4.agendum \u2013 Agendum");
    }

    @Test
    void overwriteSavesOursAndKeepsTheirsAsTheBackup(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        anotherProgramWrites(theirs);
        prompts.answer(Prompts.ChangedFileChoice.OVERWRITE);

        assertThat(save(robot)).isTrue();

        assertThat(MeetingFiles.load(file)).isEqualTo(ours);
        assertThat(MeetingFiles.load(MeetingFiles.backupOf(file))).isEqualTo(theirs);
        assertThat(stack.isDirty()).isFalse();
        // what was written is what is remembered: the next save asks only if someone changes it again
        changeOurs(robot, "Other business");
        assertThat(save(robot)).isTrue();
        assertThat(prompts.questions).containsExactly(QUESTION);
        anotherProgramWrites(theirs);
        changeOurs(robot, "Any other business");
        prompts.answer(Prompts.ChangedFileChoice.CANCEL);
        assertThat(save(robot)).isFalse();
        assertThat(prompts.questions).containsExactly(QUESTION, QUESTION);
    }

    @Test
    void saveAsKeepsBothVersions(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        anotherProgramWrites(theirs);
        prompts.answer(Prompts.ChangedFileChoice.SAVE_AS);
        Path copy = folder.resolve("wg4-ours.agendum");
        dialogs.answer(copy);

        assertThat(save(robot)).isTrue();

        assertThat(dialogs.asked).containsExactly("save wg4.agendum");
        assertThat(MeetingFiles.load(file)).isEqualTo(theirs);
        assertThat(MeetingFiles.load(copy)).isEqualTo(ours);
        assertThat(stage.getTitle()).isEqualTo("wg4-ours.agendum \u2013 Agendum");
    }

    @Test
    void theQuestionAboutUnsavedChangesLeadsToTheSameCheck(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        anotherProgramWrites(theirs);
        prompts.answer(Prompts.SaveChoice.SAVE).answer(Prompts.ChangedFileChoice.CANCEL);

        robot.interact(() -> window.files().newMeeting());

        assertThat(prompts.questions).containsExactly("save wg4.agendum", QUESTION);
        assertThat(stack.meeting()).isEqualTo(ours); // cancelled: the new meeting did not replace it
        assertThat(MeetingFiles.load(file)).isEqualTo(theirs);
    }

    @Test
    void aFileDeletedMeanwhileIsWrittenAgainAndTheStatusBarSaysSo(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        Files.delete(file);

        assertThat(save(robot)).isTrue();

        assertThat(prompts.questions).isEmpty();
        assertThat(MeetingFiles.load(file)).isEqualTo(ours);
        assertThat(window.statusBar().messageText())
                .isEqualTo("wg4.agendum had been deleted or moved by another program, so it was saved again.");
    }

    @Test
    void autosaveWritesTheRecoveryFileWithoutAsking(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        anotherProgramWrites(theirs);
        Path recovery = window.recovery().meetingFile();

        robot.interact(() -> window.autosaver().tick());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(recovery) && MeetingFiles.load(recovery).equals(ours));
        assertThat(prompts.questions).isEmpty();
        assertThat(MeetingFiles.load(file)).isEqualTo(theirs);
    }
}
