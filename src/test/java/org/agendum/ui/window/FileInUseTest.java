package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFiles;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.Meeting;
import org.agendum.session.Prompts;
import org.agendum.session.RecoveryStore;
import org.agendum.testing.OtherProcesses;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The lock file beside the open meeting file, and the question when another Agendum has the file open. "Another
 * Agendum" is a lock file written by the test: one of another computer, one of a running process of this one,
 * one of a process that has ended (a crash). The answers are scripted.
 */
@ExtendWith(ApplicationExtension.class)
class FileInUseTest {
    private static final Instant TEN_42 = LocalDateTime.of(2018, 7, 2, 10, 42).atZone(ZoneId.systemDefault())
            .toInstant();
    private static final LockOwner MARIA = new LockOwner("maria", "conference-room-pc", 4242, TEN_42);
    private static final String ASKED_ABOUT_MARIA = "in use other.agendum by maria on conference-room-pc "
            + "since 10:42 on 2 July 2018";

    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();
    private final Meeting other = TestMeetings.styled();
    private final Path otherFile = sample.folder.resolve("other.agendum");
    private final long pid = ProcessHandle.current().pid();
    private Stage secondStage;

    @Start
    void start(Stage stage) throws Exception {
        MeetingFiles.save(other, otherFile);
        sample.show(stage);
    }

    private static Optional<Long> lockPid(Path meetingFile) {
        return LockFiles.read(meetingFile).map(LockOwner::pid);
    }

    private boolean run(FxRobot robot, java.util.function.BooleanSupplier command) {
        AtomicReference<Boolean> result = new AtomicReference<>();
        robot.interact(() -> result.set(command.getAsBoolean()));
        return result.get();
    }

    /** An unsaved change: the first item renamed. */
    private void rename(FxRobot robot, String title) {
        robot.interact(() -> sample.stack.execute(
                new RenameItem(sample.stack.meeting().agenda().items().get(0).id(), title)));
    }

    /**
     * Starts a second window on other.agendum, as Agendum starts on a file it is given, with the same folders, dialogs
     * and prompts; the test hides it ({@link #secondStage}).
     */
    private MainWindow startSecondWindowOnOther(FxRobot robot) {
        AtomicReference<MainWindow> second = new AtomicReference<>();
        robot.interact(() -> {
            secondStage = new Stage();
            second.set(MainWindow.show(secondStage, new CommandStack(other), sample.setup().file(otherFile)));
        });
        return second.get();
    }

    private boolean openOther(FxRobot robot) {
        return TestWindows.outcome(robot, () -> sample.window.files().open(otherFile));
    }

    @Test
    void theOpenFileIsLockedInTheOfficersNameUntilTheWindowCloses(FxRobot robot) {
        assertThat(LockFiles.read(sample.file)).hasValueSatisfying(owner -> {
            assertThat(owner.user()).isEqualTo(System.getProperty("user.name"));
            assertThat(owner.host()).isEqualTo(LockOwner.thisHost());
            assertThat(owner.pid()).isEqualTo(pid);
        });

        assertThat(run(robot, sample.window.files()::close)).isTrue();

        assertThat(sample.stage.isShowing()).isFalse();
        assertThat(LockFiles.lockFileOf(sample.file)).doesNotExist();
    }

    @Test
    void theLockFollowsTheWindowToAnotherFileToSaveAsAndAwayToANewMeeting(FxRobot robot) {
        assertThat(openOther(robot)).isTrue();
        assertThat(LockFiles.lockFileOf(sample.file)).doesNotExist();
        assertThat(lockPid(otherFile)).contains(pid);

        Path copy = sample.folder.resolve("copy.agendum");
        sample.dialogs.answer(copy);
        assertThat(run(robot, sample.window.files()::saveAs)).isTrue();
        assertThat(LockFiles.lockFileOf(otherFile)).doesNotExist();
        assertThat(lockPid(copy)).contains(pid);

        assertThat(run(robot, sample.window.files()::newMeeting)).isTrue();
        assertThat(LockFiles.lockFileOf(copy)).doesNotExist();
        assertThat(sample.prompts.questions).isEmpty();
    }

    @Test
    void openReadOnlyShowsTheMeetingTakesNoLockAndNeverSavesOverTheFile(FxRobot robot) throws Exception {
        LockFiles.write(otherFile, MARIA, AtomicFileWriter.Disk.REAL);
        sample.prompts.answer(Prompts.FileInUseChoice.READ_ONLY);

        assertThat(openOther(robot)).isTrue();

        assertThat(sample.prompts.questions).containsExactly(ASKED_ABOUT_MARIA);
        assertThat(sample.stack.meeting()).isEqualTo(other);
        assertThat(sample.stage.getTitle()).isEqualTo("other.agendum (read-only) \u2013 Agendum");
        assertThat(robot.lookup("#saveState").queryLabeled().getText()).isEqualTo("Read-only");
        assertThat(sample.window.statusBar().messageText()).startsWith("other.agendum is open read-only");
        assertThat(LockFiles.read(otherFile)).contains(MARIA);
        assertThat(LockFiles.lockFileOf(sample.file)).doesNotExist(); // the file it had before is given back

        rename(robot, "Changed while read-only");
        Meeting changed = sample.stack.meeting();
        sample.dialogs.answer(otherFile);
        assertThat(run(robot, sample.window.files()::save)).isFalse();
        assertThat(sample.dialogs.asked).containsExactly("save other (copy).agendum");
        assertThat(sample.prompts.errors).singleElement().asString()
                .isEqualTo("SAVE: other.agendum is open read-only, because another Agendum has it open.\n\n"
                        + "Save your changes under another name.");
        assertThat(MeetingFiles.load(otherFile)).isEqualTo(other);

        Path copy = sample.folder.resolve("other (copy).agendum");
        sample.dialogs.answer(copy);
        assertThat(run(robot, sample.window.files()::save)).isTrue();
        assertThat(MeetingFiles.load(copy)).isEqualTo(changed);
        assertThat(MeetingFiles.load(otherFile)).isEqualTo(other);
        assertThat(sample.stage.getTitle()).isEqualTo("other (copy).agendum \u2013 Agendum");
        assertThat(lockPid(copy)).contains(pid);
        assertThat(LockFiles.read(otherFile)).contains(MARIA);
    }

    @Test
    void takeOverWritesTheLockInOurName(FxRobot robot) throws Exception {
        LockFiles.write(otherFile, MARIA, AtomicFileWriter.Disk.REAL);
        sample.prompts.answer(Prompts.FileInUseChoice.TAKE_OVER);

        assertThat(openOther(robot)).isTrue();

        assertThat(sample.prompts.questions).containsExactly(ASKED_ABOUT_MARIA);
        assertThat(lockPid(otherFile)).contains(pid);
        assertThat(sample.stage.getTitle()).isEqualTo("other.agendum \u2013 Agendum");
        rename(robot, "Taken over");
        assertThat(run(robot, sample.window.files()::save)).isTrue();
        assertThat(MeetingFiles.load(otherFile)).isEqualTo(sample.stack.meeting());
    }

    @Test
    void cancelChangesNothing(FxRobot robot) throws Exception {
        LockFiles.write(otherFile, MARIA, AtomicFileWriter.Disk.REAL);
        sample.prompts.answer(Prompts.FileInUseChoice.CANCEL);

        assertThat(openOther(robot)).isFalse();

        assertThat(sample.stack.meeting()).isEqualTo(sample.meeting);
        assertThat(sample.stage.getTitle()).isEqualTo("wg4.agendum \u2013 Agendum");
        assertThat(LockFiles.read(otherFile)).contains(MARIA);
        assertThat(lockPid(sample.file)).contains(pid);
    }

    @Test
    void anotherAgendumOfThisComputerIsAskedAboutWhileItsProcessRuns(FxRobot robot) throws Exception {
        LockOwner running = new LockOwner("maria", LockOwner.thisHost(), OtherProcesses.running(), TEN_42);
        LockFiles.write(otherFile, running, AtomicFileWriter.Disk.REAL);
        sample.prompts.answer(Prompts.FileInUseChoice.CANCEL);

        assertThat(openOther(robot)).isFalse();

        assertThat(sample.prompts.questions).containsExactly("in use other.agendum by maria on this computer since "
                + "10:42 on 2 July 2018");
    }

    @Test
    void theLockOfACrashedAgendumOfThisComputerIsTakenOverSilently(FxRobot robot) throws Exception {
        LockFiles.write(otherFile, new LockOwner("maria", LockOwner.thisHost(), OtherProcesses.ended(), TEN_42),
                AtomicFileWriter.Disk.REAL);

        assertThat(openOther(robot)).isTrue();

        assertThat(sample.prompts.questions).isEmpty();
        assertThat(lockPid(otherFile)).contains(pid);
        assertThat(sample.stage.getTitle()).isEqualTo("other.agendum \u2013 Agendum");
    }

    @Test
    void aLockThatCannotBeWrittenNeitherStopsOpeningNorSaving(FxRobot robot) throws Exception {
        Files.createDirectory(LockFiles.lockFileOf(otherFile)); // nothing can be written in its place

        assertThat(openOther(robot)).isTrue();

        assertThat(sample.stack.meeting()).isEqualTo(other);
        assertThat(sample.window.statusBar().messageText()).isEqualTo("Others who open other.agendum will not be told "
                + "that you have it open: Agendum could not write its lock file beside it.");
        rename(robot, "Saved");
        assertThat(run(robot, sample.window.files()::save)).isTrue();
        assertThat(MeetingFiles.load(otherFile)).isEqualTo(sample.stack.meeting());
        assertThat(sample.prompts.errors).isEmpty();
    }

    @Test
    void atStartAFileOpenElsewhereIsShownReadOnlyUntilTheOfficerAnswers(FxRobot robot) throws Exception {
        LockFiles.write(otherFile, MARIA, AtomicFileWriter.Disk.REAL);
        MainWindow secondWindow = startSecondWindowOnOther(robot);
        try {
            assertThat(secondStage.getTitle()).isEqualTo("other.agendum (read-only) \u2013 Agendum");
            assertThat(LockFiles.read(otherFile)).contains(MARIA);

            sample.prompts.answer(Prompts.FileInUseChoice.TAKE_OVER);
            robot.interact(secondWindow::askStartupQuestions);

            assertThat(sample.prompts.questions).containsExactly(ASKED_ABOUT_MARIA);
            assertThat(secondStage.getTitle()).isEqualTo("other.agendum \u2013 Agendum");
            assertThat(lockPid(otherFile)).contains(pid);
        } finally {
            robot.interact(secondStage::hide);
        }
        assertThat(LockFiles.lockFileOf(otherFile)).doesNotExist();
    }

    @Test
    void atStartCancelShowsTheSampleInstead(FxRobot robot) throws Exception {
        LockFiles.write(otherFile, MARIA, AtomicFileWriter.Disk.REAL);
        MainWindow secondWindow = startSecondWindowOnOther(robot);
        try {
            sample.prompts.answer(Prompts.FileInUseChoice.CANCEL);
            robot.interact(secondWindow::askStartupQuestions);

            assertThat(secondWindow.viewModel().meeting()).isEqualTo(sample.meeting);
            assertThat(secondStage.getTitle()).contains("(sample)");
            assertThat(LockFiles.read(otherFile)).contains(MARIA);
        } finally {
            robot.interact(secondStage::hide);
        }
        assertThat(LockFiles.read(otherFile)).contains(MARIA);
    }

    @Test
    void restoredWorkForAFileOpenElsewhereOpensReadOnly(FxRobot robot) throws Exception {
        LockFiles.write(otherFile, MARIA, AtomicFileWriter.Disk.REAL);
        Meeting crashed = new RenameItem(other.agenda().items().get(0).id(), "Unsaved at the crash").apply(other);
        new RecoveryStore(sample.dataFolder(), OtherProcesses.DEAD_PROCESS)
                .write(crashed, Optional.of(otherFile), "other.agendum");
        sample.prompts.answer(Prompts.RecoveryChoice.RESTORE);

        assertThat(TestWindows.outcome(robot, sample.window::offerRecovery)).isTrue();

        assertThat(sample.stack.meeting()).isEqualTo(crashed);
        assertThat(sample.stage.getTitle()).isEqualTo("*other.agendum (read-only) \u2013 Agendum");
        assertThat(LockFiles.read(otherFile)).contains(MARIA);
        assertThat(LockFiles.lockFileOf(sample.file)).doesNotExist();
    }

    @Test
    void atStartALockWithAnAbsurdTimeNeitherStopsTheWindowNorTheOfferToRestore(FxRobot robot) throws Exception {
        java.nio.file.Files.writeString(LockFiles.lockFileOf(otherFile), "{\"user\":\"maria\",\"host\":"
                + "\"conference-room-pc\",\"pid\":4242,\"since\":\"+1000000000-12-31T23:59:59.999999999Z\"}");
        new RecoveryStore(sample.dataFolder(), OtherProcesses.DEAD_PROCESS)
                .write(new RenameItem(other.agenda().items().get(0).id(), "Lost").apply(other), Optional.empty(),
                        "the new meeting");
        sample.prompts.answer(Prompts.RecoveryChoice.KEEP);
        MainWindow secondWindow = startSecondWindowOnOther(robot);
        try {
            robot.interact(secondWindow::askStartupQuestions);

            // the lock counts as damaged: taken over without a question, and the lost work is offered
            assertThat(sample.prompts.questions).singleElement().asString().startsWith("restore the new meeting");
            assertThat(secondStage.getTitle()).isEqualTo("other.agendum \u2013 Agendum");
            assertThat(lockPid(otherFile)).contains(pid);
            assertThat(sample.prompts.errors).isEmpty();
        } finally {
            robot.interact(secondStage::hide);
        }
    }
}
