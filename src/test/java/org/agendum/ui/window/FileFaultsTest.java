package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.agendum.edit.RenameItem;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFiles;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.Meeting;
import org.agendum.session.Prompts;
import org.agendum.testing.FaultyDisk;
import org.agendum.testing.OtherProcesses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Faults on save, each met by a window with unsaved work in a meeting file on a "share" folder: the officer gets a
 * clear message (or question) naming the file and the cause, the work stays in the window, unsaved, and Save As
 * saves it in a local folder. Prints one line per fault and a count for the figures in docs/reliability.md.
 */
@ExtendWith(ApplicationExtension.class)
class FileFaultsTest {
    /** The faults in the order they are reported. */
    enum Fault {
        READ_ONLY_FOLDER("read-only folder"),
        READ_ONLY_SHARE("read-only share (the system refuses the write, even to root)"),
        FOLDER_IN_PLACE("a folder in the file's place"),
        VANISHED_FOLDER("folder vanished (unplugged share)"),
        CHANGED_ON_DISK("file changed by another program since it was opened"),
        DELETED_MEANWHILE("file deleted by another program since it was opened"),
        OPEN_ELSEWHERE("file open in a second Agendum"),
        STALE_LOCK("lock left by a crashed Agendum"),
        LOCK_NOT_WRITABLE("lock file cannot be written");

        final String words;

        Fault(String words) {
            this.words = words;
        }
    }

    private static final Map<Fault, String> HANDLED = new EnumMap<>(Fault.class);
    private static final Map<Fault, String> NOT_RUN = new EnumMap<>(Fault.class);
    private static final String KEPT = "\n\nYour changes are still here, not saved. Use Save As to save them "
            + "somewhere else.";

    private final FaultyDisk disk = new FaultyDisk();
    /** The meeting file lies in the folder "share"; the window's own folders and the folder "local" beside it. */
    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow().at("share/wg4.agendum").disk(disk);
    private final Path share = sample.file.getParent();
    private final Path local = sample.folder.resolve("local");

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(local);
        sample.show(stage);
    }

    @AfterAll
    static void printFigures() {
        for (Fault fault : Fault.values()) {
            String outcome = HANDLED.containsKey(fault) ? HANDLED.get(fault)
                    : NOT_RUN.containsKey(fault) ? "not run here: " + NOT_RUN.get(fault)
                    : "NOT HANDLED (its test failed)";
            System.out.println("RELIABILITY: fault " + fault.words + " \u2192 " + outcome);
        }
        int run = Fault.values().length - NOT_RUN.size();
        System.out.println("RELIABILITY: faults handled: " + HANDLED.size() + " of " + run
                + (NOT_RUN.isEmpty() ? "" : " (" + NOT_RUN.size() + " not run here)"));
    }

    private Meeting changeOurs(FxRobot robot) {
        robot.interact(() -> sample.stack.execute(new RenameItem(ITEM_4, "Any other business")));
        return sample.stack.meeting();
    }

    private boolean save(FxRobot robot) {
        AtomicBoolean saved = new AtomicBoolean();
        robot.interact(() -> saved.set(sample.window.files().save()));
        return saved.get();
    }

    /** The one error shown: its message, without the prefix of the failure. */
    private String errorShown() {
        assertThat(sample.prompts.errors).hasSize(1);
        String error = sample.prompts.errors.get(0);
        assertThat(error).startsWith("SAVE: ");
        return error.substring("SAVE: ".length());
    }

    /** The work is in the window, unsaved, and Save As writes it in the local folder. */
    private void assertKeptAndSavedElsewhere(FxRobot robot, Meeting ours) throws Exception {
        assertThat(sample.stack.meeting()).isEqualTo(ours);
        assertThat(sample.stack.isDirty()).isTrue();
        assertThat(sample.stage.getTitle()).startsWith("*wg4.agendum");
        Path elsewhere = local.resolve("wg4.agendum");
        sample.dialogs.answer(elsewhere);
        AtomicBoolean saved = new AtomicBoolean();
        robot.interact(() -> saved.set(sample.window.files().saveAs()));
        assertThat(saved).isTrue();
        assertThat(MeetingFiles.load(elsewhere)).isEqualTo(ours);
        assertThat(sample.stack.isDirty()).isFalse();
        assertThat(sample.stage.getTitle()).isEqualTo("wg4.agendum \u2013 Agendum");
    }

    private static void handled(Fault fault, String outcome) {
        HANDLED.put(fault, outcome);
    }

    @Test
    void readOnlyFolder(FxRobot robot) throws Exception {
        assumeTrue(Files.getFileAttributeView(share, PosixFileAttributeView.class) != null, "POSIX permissions");
        Meeting ours = changeOurs(robot);
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(share);
        Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(share)) {
                NOT_RUN.put(Fault.READ_ONLY_FOLDER, "running as root, who may write in a read-only folder; "
                        + "the read-only share stands in for it");
            }
            assumeTrue(!Files.isWritable(share), "running as root, who may write in a read-only folder anyway; "
                    + "readOnlyShare simulates one");

            assertThat(save(robot)).isFalse();

            assertThat(errorShown())
                    .isEqualTo("Could not save wg4.agendum: the folder " + share + " is read-only." + KEPT);
            assertThat(MeetingFiles.load(sample.file)).isEqualTo(sample.meeting);
        } finally {
            Files.setPosixFilePermissions(share, before);
        }
        assertKeptAndSavedElsewhere(robot, ours);
        handled(Fault.READ_ONLY_FOLDER, "message shown, work kept, saved elsewhere");
    }

    @Test
    void readOnlyShare(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot);
        disk.refuse(share, "Read-only file system");

        assertThat(save(robot)).isFalse();

        assertThat(errorShown()).isEqualTo("Could not save wg4.agendum: the folder " + share + " is read-only." + KEPT);
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(sample.meeting);
        assertKeptAndSavedElsewhere(robot, ours);
        handled(Fault.READ_ONLY_SHARE, "message shown, work kept, saved elsewhere");
    }

    @Test
    void aFolderInTheFilesPlace(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot);
        Files.delete(sample.file);
        Files.createDirectory(sample.file);

        assertThat(save(robot)).isFalse();

        assertThat(errorShown()).isEqualTo("Could not save wg4.agendum: a folder has that name." + KEPT);
        assertThat(sample.file).isEmptyDirectory();
        assertKeptAndSavedElsewhere(robot, ours);
        handled(Fault.FOLDER_IN_PLACE, "message shown, work kept, saved elsewhere");
    }

    @Test
    void aFolderThatVanishes(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot);
        deleteTree(share);

        assertThat(save(robot)).isFalse();

        assertThat(errorShown()).isEqualTo("Could not save wg4.agendum: the folder " + share + " cannot be found (it "
                + "may have been moved or deleted, or be on a drive or network share that is not connected)." + KEPT);
        assertThat(share).doesNotExist();
        assertKeptAndSavedElsewhere(robot, ours);
        handled(Fault.VANISHED_FOLDER, "message shown, work kept, saved elsewhere");
    }

    @Test
    void aFileChangedByAnotherProgram(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot);
        Meeting theirs = new RenameItem(ITEM_4, "Other matters (revised)").apply(sample.meeting);
        Files.write(sample.file, MeetingFiles.write(theirs));
        sample.prompts.answer(Prompts.ChangedFileChoice.CANCEL);

        assertThat(save(robot)).isFalse();

        assertThat(sample.prompts.questions).singleElement().asString().startsWith("changed wg4.agendum at ");
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(theirs);
        assertKeptAndSavedElsewhere(robot, ours);
        assertThat(MeetingFiles.load(sample.file)).isEqualTo(theirs);
        handled(Fault.CHANGED_ON_DISK, "asked before overwriting, their version untouched, work kept, saved elsewhere");
    }

    @Test
    void aFileDeletedMeanwhile(FxRobot robot) throws Exception {
        Meeting ours = changeOurs(robot);
        Files.delete(sample.file);

        assertThat(save(robot)).isTrue();

        assertThat(MeetingFiles.load(sample.file)).isEqualTo(ours);
        assertThat(sample.window.statusBar().messageText()).isEqualTo("wg4.agendum had been deleted or moved by "
                + "another program, so it was saved again.");
        assertThat(sample.prompts.errors).isEmpty();
        handled(Fault.DELETED_MEANWHILE, "saved again, status bar says so, nothing lost");
    }

    @Test
    void aFileOpenInASecondAgendum(FxRobot robot) throws Exception {
        Path taken = share.resolve("taken.agendum");
        MeetingFiles.save(sample.meeting, taken);
        LockOwner maria = new LockOwner("maria", "conference-room-pc", 4242, Instant.now());
        LockFiles.write(taken, maria, AtomicFileWriter.Disk.REAL);
        sample.prompts.answer(Prompts.FileInUseChoice.READ_ONLY);
        assertThat(TestWindows.outcome(robot, () -> sample.window.files().open(taken))).isTrue();
        assertThat(sample.prompts.questions).singleElement().asString()
                .startsWith("in use taken.agendum by maria on conference-room-pc since ");
        assertThat(sample.stage.getTitle()).isEqualTo("taken.agendum (read-only) \u2013 Agendum");
        Meeting ours = changeOurs(robot);

        Path elsewhere = local.resolve("taken (copy).agendum");
        sample.dialogs.answer(elsewhere);
        assertThat(save(robot)).isTrue(); // Save goes to Save As

        assertThat(sample.dialogs.asked).containsExactly("save taken (copy).agendum");
        assertThat(MeetingFiles.load(elsewhere)).isEqualTo(ours);
        assertThat(MeetingFiles.load(taken)).isEqualTo(sample.meeting);
        assertThat(LockFiles.read(taken)).contains(maria);
        handled(Fault.OPEN_ELSEWHERE, "asked, opened read-only, their file and lock untouched, saved elsewhere");
    }

    @Test
    void aLockLeftByACrashedAgendum(FxRobot robot) throws Exception {
        Path left = share.resolve("left.agendum");
        MeetingFiles.save(sample.meeting, left);
        LockFiles.write(left, new LockOwner("maria", LockOwner.thisHost(), OtherProcesses.ended(), Instant.now()),
                AtomicFileWriter.Disk.REAL);
        assertThat(TestWindows.outcome(robot, () -> sample.window.files().open(left))).isTrue();
        assertThat(sample.prompts.questions).isEmpty();
        assertThat(LockFiles.read(left).map(LockOwner::pid)).contains(ProcessHandle.current().pid());
        Meeting ours = changeOurs(robot);
        assertThat(save(robot)).isTrue();
        assertThat(MeetingFiles.load(left)).isEqualTo(ours);
        handled(Fault.STALE_LOCK, "taken over without a question, saved");
    }

    @Test
    void aLockFileThatCannotBeWritten(FxRobot robot) throws Exception {
        Path unmarkable = share.resolve("unmarkable.agendum");
        MeetingFiles.save(sample.meeting, unmarkable);
        Files.createDirectory(LockFiles.lockFileOf(unmarkable));
        assertThat(TestWindows.outcome(robot, () -> sample.window.files().open(unmarkable))).isTrue();
        assertThat(sample.window.statusBar().messageText())
                .startsWith("Others who open unmarkable.agendum will not be told");
        Meeting ours = changeOurs(robot);
        assertThat(save(robot)).isTrue();
        assertThat(MeetingFiles.load(unmarkable)).isEqualTo(ours);
        assertThat(sample.prompts.errors).isEmpty();
        handled(Fault.LOCK_NOT_WRITABLE, "opened and saved all the same, status bar says so");
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
