package org.agendum.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.agendum.model.Meeting;
import org.agendum.testing.OtherProcesses;
import org.agendum.testing.TestMeetings;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    private static final long DEAD_PROCESS = OtherProcesses.DEAD_PROCESS;

    @TempDir
    Path data;
    private final Meeting sample = TestMeetings.sample();

    @Test
    void writesTheMeetingAndWhereItBelongsAndDeletesBoth() throws Exception {
        RecoveryStore store = new RecoveryStore(data, DEAD_PROCESS);
        Path original = data.resolve("meeting.agendum");
        store.write(sample, Optional.of(original), "meeting.agendum");
        assertThat(store.exists()).isTrue();
        RecoveryStore.Orphan orphan = new RecoveryStore(data, ProcessHandle.current().pid()).orphans().get(0);
        assertThat(orphan.load()).isEqualTo(sample);
        assertThat(orphan.original()).contains(original.toAbsolutePath());
        assertThat(orphan.title()).isEqualTo("meeting.agendum");
        store.delete();
        assertThat(store.exists()).isFalse();
        assertThat(Files.list(store.folder())).isEmpty();
    }

    @Test
    void theFilesOfARunningAgendumAreNotOrphans() throws Exception {
        long running = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        new RecoveryStore(data, running).write(sample, Optional.empty(), "the new meeting");
        assertThat(new RecoveryStore(data, ProcessHandle.current().pid()).orphans()).isEmpty();
    }

    @Test
    void aFileWithThisProcesssOwnIdCanOnlyBeAnEarlierProcesssOrphan() throws Exception {
        long self = ProcessHandle.current().pid();
        new RecoveryStore(data, self).write(sample, Optional.empty(), "the new meeting");
        assertThat(new RecoveryStore(data, self).orphans()).hasSize(1);
    }

    @Test
    void adoptingAnOrphanMakesItThisProcesssRecoveryFile() throws Exception {
        new RecoveryStore(data, DEAD_PROCESS).write(sample, Optional.empty(), "the new meeting");
        RecoveryStore mine = new RecoveryStore(data, 77);
        RecoveryStore.Orphan orphan = mine.orphans().get(0);
        assertThat(orphan.original()).isEmpty();
        mine.adopt(orphan);
        assertThat(mine.exists()).isTrue();
        assertThat(mine.orphans()).isEmpty(); // its own file, of a running process (this one, as far as it knows)
        assertThat(Files.exists(orphan.meeting())).isFalse();
    }

    @Test
    void aRecoveryFileOwnedByAnotherUserIsNotOffered() throws Exception {
        new RecoveryStore(data, DEAD_PROCESS).write(sample, Optional.empty(), "someone else's meeting");
        long self = ProcessHandle.current().pid();
        // a second user cannot be had in a test: the seam says the file is another user's
        assertThat(new RecoveryStore(data, self, file -> false).orphans()).isEmpty();
        assertThat(new RecoveryStore(data, self, file -> true).orphans()).hasSize(1);
    }

    @Test
    void aFileThisUserCreatedIsTheirOwn() throws Exception {
        new RecoveryStore(data, DEAD_PROCESS).write(sample, Optional.empty(), "the new meeting");
        assertThat(new RecoveryStore(data, ProcessHandle.current().pid()).orphans()).hasSize(1);
        try (var files = java.nio.file.Files.list(data.resolve(RecoveryStore.FOLDER))) {
            assertThat(files.toList()).allMatch(RecoveryStore.Owners.REAL::isMine);
        }
    }

    @Test
    void noFolderNoOrphans() {
        assertThat(new RecoveryStore(data.resolve("nothing-here"), 1).orphans()).isEmpty();
    }

    @Test
    void theRecoveryFilesAndTheirFolderAreTheOwnersOnly() throws Exception {
        assumeTrue(data.getFileSystem().supportedFileAttributeViews().contains("posix"));
        RecoveryStore store = new RecoveryStore(data, DEAD_PROCESS);
        store.write(sample, Optional.empty(), "the new meeting");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.folder()))).isEqualTo("rwx------");
        try (var files = Files.list(store.folder())) {
            assertThat(files.toList()).hasSize(2).allSatisfy(file -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------"));
        }
    }

    @Test
    void aFolderAnEarlierAgendumLeftOpenToAllIsMadePrivate() throws Exception {
        assumeTrue(data.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectories(data.resolve(RecoveryStore.FOLDER));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path old = Files.writeString(folder.resolve("autosave-" + DEAD_PROCESS + ".agendum"), "x");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));

        new RecoveryStore(data, DEAD_PROCESS).write(sample, Optional.empty(), "the new meeting");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-------");
    }

    @Test
    void aRecoveryFileIsNeverWrittenThroughALink() throws Exception {
        Path victim = Files.writeString(Files.createDirectories(data.resolve("home")).resolve("thesis.odt"), "mine");
        RecoveryStore store = new RecoveryStore(data, DEAD_PROCESS);
        Files.createDirectories(store.folder());
        Files.createSymbolicLink(store.meetingFile(), victim);
        Files.createSymbolicLink(store.folder().resolve("autosave-" + DEAD_PROCESS + ".properties"), victim);

        store.write(sample, Optional.empty(), "the new meeting");

        assertThat(victim).hasContent("mine");
        assertThat(Files.isSymbolicLink(store.meetingFile())).isFalse();
        assertThat(new RecoveryStore(data, 77).orphans().get(0).load()).isEqualTo(sample);
    }

    @Test
    void aLinkInTheRecoveryFolderIsNeverOfferedOrRead() throws Exception {
        Path elsewhere = Files.createDirectories(data.resolve("home"));
        Path meeting = elsewhere.resolve("wg4.agendum");
        org.agendum.file.MeetingFiles.save(sample, meeting);
        Path folder = Files.createDirectories(data.resolve(RecoveryStore.FOLDER));
        Files.createSymbolicLink(folder.resolve("autosave-" + DEAD_PROCESS + ".agendum"), meeting);

        assertThat(new RecoveryStore(data, 77).orphans()).isEmpty();
    }
}
