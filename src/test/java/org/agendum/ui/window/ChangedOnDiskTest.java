package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.agendum.edit.RenameItem;
import org.agendum.file.MeetingFiles;
import org.agendum.model.Meeting;
import org.agendum.session.Prompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
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
    private static final LocalDateTime THEIR_TIME = LocalDateTime.of(2018, 7, 2, 10, 42);
    private static final String QUESTION = "changed wg4.agendum at 10:42 on 2 July 2018";

    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();
    /** What the other program writes. */
    private final Meeting theirs = new RenameItem(ITEM_4, "Other matters (revised by the secretariat)")
            .apply(sample.meeting);

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    /** Our own change, not saved yet. */
    private Meeting changeOurs(FxRobot robot, String title) {
        robot.interact(() -> sample.stack.execute(new RenameItem(ITEM_4, title)));
        return sample.stack.meeting();
    }

    /** Another program writes the file in place (as an editor or a synchronisation tool would), at 10:42. */
    private void anotherProgramWrites(Meeting meeting) throws Exception {
        Files.write(sample.file, MeetingFiles.write(meeting));
        Files.setLastModifiedTime(sample.file, FileTime.from(THEIR_TIME.atZone(ZoneId.systemDefault()).toInstant()));
    }

    private boolean save(FxRobot robot) {
        AtomicBoolean saved = new AtomicBoolean();
        robot.interact(() -> saved.set(sample.window.files().save()));
        return saved.get();
    }

    @Test
    void aFileAsItWasLeftIsSavedWithoutAQuestionEvenWhenOnlyItsTimeChanged(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        assertThat(save(robot)).isTrue();
        Files.setLastModifiedTime(sample.file, FileTime.from(THEIR_TIME.atZone(ZoneId.systemDefault()).toInstant()));
        Meeting again = changeOurs(robot, "Other business");

        assertThat(save(robot)).isTrue();

        assertThat(sample.prompts.questions).isEmpty();
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(again).isNotEqualTo(ours);
    }

    @Test
    void cancelWritesNothingAndKeepsTheWork(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        anotherProgramWrites(theirs);
        sample.prompts.answer(Prompts.ChangedFileChoice.CANCEL);

        assertThat(save(robot)).isFalse();

        assertThat(sample.prompts.questions).containsExactly(QUESTION);
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(theirs);
        assertThat(sample.stack.meeting()).isEqualTo(ours);
        assertThat(sample.stack.isDirty()).isTrue();
        assertThat(sample.stage.getTitle()).isEqualTo("*wg4.agendum \u2013 Agendum");
    }

    @Test
    void overwriteSavesOursAndKeepsTheirsAsTheBackup(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        anotherProgramWrites(theirs);
        sample.prompts.answer(Prompts.ChangedFileChoice.OVERWRITE);

        assertThat(save(robot)).isTrue();

        assertThat(MeetingFiles.load(sample.file)).isEqualTo(ours);
        assertThat(MeetingFiles.load(MeetingFiles.backupOf(sample.file))).isEqualTo(theirs);
        assertThat(sample.stack.isDirty()).isFalse();
        // what was written is what is remembered: the next save asks only if someone changes it again
        changeOurs(robot, "Other business");
        assertThat(save(robot)).isTrue();
        assertThat(sample.prompts.questions).containsExactly(QUESTION);
        anotherProgramWrites(theirs);
        changeOurs(robot, "Any other business");
        sample.prompts.answer(Prompts.ChangedFileChoice.CANCEL);
        assertThat(save(robot)).isFalse();
        assertThat(sample.prompts.questions).containsExactly(QUESTION, QUESTION);
    }

    @Test
    void saveAsKeepsBothVersions(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        anotherProgramWrites(theirs);
        sample.prompts.answer(Prompts.ChangedFileChoice.SAVE_AS);
        Path copy = sample.folder.resolve("wg4-ours.agendum");
        sample.dialogs.answer(copy);

        assertThat(save(robot)).isTrue();

        assertThat(sample.dialogs.asked).containsExactly("save wg4.agendum");
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(theirs);
        assertThat(MeetingFiles.load(copy)).isEqualTo(ours);
        assertThat(sample.stage.getTitle()).isEqualTo("wg4-ours.agendum \u2013 Agendum");
    }

    @Test
    void theQuestionAboutUnsavedChangesLeadsToTheSameCheck(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        anotherProgramWrites(theirs);
        sample.prompts.answer(Prompts.SaveChoice.SAVE).answer(Prompts.ChangedFileChoice.CANCEL);

        robot.interact(() -> sample.window.files().newMeeting());

        assertThat(sample.prompts.questions).containsExactly("save wg4.agendum", QUESTION);
        assertThat(sample.stack.meeting()).isEqualTo(ours); // cancelled: the new meeting did not replace it
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(theirs);
    }

    @Test
    void aFileDeletedMeanwhileIsWrittenAgainAndTheStatusBarSaysSo(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        Files.delete(sample.file);

        assertThat(save(robot)).isTrue();

        assertThat(sample.prompts.questions).isEmpty();
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(ours);
        assertThat(sample.window.statusBar().messageText())
                .isEqualTo("wg4.agendum had been deleted or moved by another program, so it was saved again.");
    }

    @Test
    void autosaveWritesTheRecoveryFileWithoutAsking(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot, "Any other business");
        anotherProgramWrites(theirs);
        Path recovery = sample.window.recovery().meetingFile();

        robot.interact(() -> sample.window.autosaver().tick());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(recovery) && MeetingFiles.load(recovery).equals(ours));
        assertThat(sample.prompts.questions).isEmpty();
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(theirs);
    }
}
