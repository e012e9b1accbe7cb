package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.agendum.io.AtomicFileWriter;
import org.agendum.testing.OtherProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFilesTest {
    private static final Instant SINCE = Instant.parse("2018-07-02T08:42:00Z");

    @TempDir
    Path folder;
    private final LockOwner me = LockOwner.thisProcess(ProcessHandle.current().pid(), SINCE);

    private Path file() {
        return folder.resolve("wg4.agendum");
    }

    @Test
    void theLockSitsBesideTheFileUnderLibreOfficesName() {
        assertThat(LockFiles.lockFileOf(Path.of("/shared/wg4.agendum")))
                .isEqualTo(Path.of("/shared/.~lock.wg4.agendum#"));
    }

    @Test
    void aWrittenLockNamesItsOwnerAsSmallJson() throws Exception {
        LockOwner maria = new LockOwner("maria", "LAPTOP-7", 4242, SINCE);

        LockFiles.write(file(), maria, AtomicFileWriter.Disk.REAL);

        assertThat(LockFiles.read(file())).contains(maria);
        assertThat(Files.readString(LockFiles.lockFileOf(file()))).contains("\"application\" : \"Agendum\"",
                "\"user\" : \"maria\"", "\"host\" : \"LAPTOP-7\"", "\"pid\" : 4242",
                "\"since\" : \"2018-07-02T08:42:00Z\"");
        assertThat(file()).doesNotExist(); // the lock only: the meeting file is never touched
    }

    @Test
    void thisProcessIsTheUserOnThisComputer() {
        assertThat(me.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(me.host()).isEqualTo(LockOwner.thisHost()).isNotBlank();
        assertThat(me.pid()).isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void noLockOrOurOwnIsNoOneElses() throws Exception {
        assertThat(LockFiles.heldByAnother(file(), me)).isEmpty();
        LockFiles.write(file(), me, AtomicFileWriter.Disk.REAL);
        assertThat(LockFiles.heldByAnother(file(), me)).isEmpty();
    }

    @Test
    void anotherComputersLockIsHeldSinceItsProcessesCannotBeSeen() throws Exception {
        LockOwner elsewhere = new LockOwner("maria", "not-" + LockOwner.thisHost(), me.pid(), SINCE);
        LockFiles.write(file(), elsewhere, AtomicFileWriter.Disk.REAL);

        assertThat(LockFiles.heldByAnother(file(), me)).contains(elsewhere);
    }

    @Test
    void aLockOfThisComputerIsHeldWhileItsProcessRuns() throws Exception {
        LockOwner running = new LockOwner("maria", LockOwner.thisHost(), OtherProcesses.running(), SINCE);
        LockFiles.write(file(), running, AtomicFileWriter.Disk.REAL);

        assertThat(LockFiles.heldByAnother(file(), me)).contains(running);
    }

    @Test
    void aLockOfThisComputerWhoseProcessHasEndedIsStale() throws Exception {
        // host names compare without case: Windows gives them in capitals
        LockOwner crashed = new LockOwner("maria", LockOwner.thisHost().toUpperCase(), OtherProcesses.ended(), SINCE);
        LockFiles.write(file(), crashed, AtomicFileWriter.Disk.REAL);

        assertThat(LockFiles.read(file())).contains(crashed);
        assertThat(LockFiles.heldByAnother(file(), me)).isEmpty();
    }

    @Test
    void aDamagedOrForeignLockCountsAsNone() throws Exception {
        Path lock = LockFiles.lockFileOf(file());
        for (String content : new String[] {"", "{\"user\": \"maria\"", ",maria,LAPTOP-7,02.07.2018 10:42,file:///x;",
                "{\"user\":\"maria\",\"host\":\"h\",\"pid\":1,\"since\":\"yesterday\"}", "x".repeat(10_000)}) {
            Files.writeString(lock, content, StandardCharsets.UTF_8);
            assertThat(LockFiles.read(file())).as(content).isEmpty();
        }
        Files.createDirectory(folder.resolve("folder.agendum"));
        Files.createDirectory(LockFiles.lockFileOf(folder.resolve("folder.agendum")));
        assertThat(LockFiles.read(folder.resolve("folder.agendum"))).isEmpty();
    }

    @Test
    void releasingDeletesOnlyOurOwnLock() throws Exception {
        LockFiles.write(file(), me, AtomicFileWriter.Disk.REAL);
        LockFiles.release(file(), me);
        assertThat(LockFiles.lockFileOf(file())).doesNotExist();

        LockOwner tookOver = new LockOwner("maria", "LAPTOP-7", 4242, SINCE);
        LockFiles.write(file(), tookOver, AtomicFileWriter.Disk.REAL);
        LockFiles.release(file(), me);
        assertThat(LockFiles.read(file())).contains(tookOver);

        LockFiles.release(folder.resolve("gone").resolve("x.agendum"), me); // nothing there: nothing to do
    }

    @Test
    void aLockThatCannotBeWrittenSaysSoAndLeavesNothingBehind() {
        AtomicFileWriter.Disk readOnlyShare = created -> {
            throw new FileSystemException(created.toString(), null, "Read-only file system");
        };

        Throwable thrown = catchThrowable(() -> LockFiles.write(file(), me, readOnlyShare));

        assertThat(thrown).isInstanceOf(IOException.class).hasMessageContaining("is read-only");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aLockPlantedAsALinkIsReplacedAndWhatItPointsToIsUntouched() throws Exception {
        Path elsewhere = Files.createDirectories(folder.resolve("home"));
        Path victim = Files.writeString(elsewhere.resolve("thesis.odt"), "the officer's own file");
        Path lock = Files.createSymbolicLink(LockFiles.lockFileOf(file()), victim);
        assertThat(LockFiles.unusable(file())).contains("a link");

        LockFiles.write(file(), me, AtomicFileWriter.Disk.REAL);

        assertThat(victim).hasContent("the officer's own file");
        assertThat(Files.isSymbolicLink(lock)).isFalse();
        assertThat(LockFiles.read(file())).contains(me);
        assertThat(LockFiles.unusable(file())).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactlyInAnyOrder(lock, elsewhere); // no temporary file left
        }
    }

    @Test
    void aLinkIsNeverReadAsALock() throws Exception {
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        LockOwner maria = new LockOwner("maria", "LAPTOP-7", 4242, SINCE);
        LockFiles.write(elsewhere.resolve("x.agendum"), maria, AtomicFileWriter.Disk.REAL);
        Files.createSymbolicLink(LockFiles.lockFileOf(file()), LockFiles.lockFileOf(elsewhere.resolve("x.agendum")));

        assertThat(LockFiles.read(file())).isEmpty();
        assertThat(LockFiles.heldByAnother(file(), me)).isEmpty();
    }

    @Test
    void aLockWithFieldsOutOfBoundsIsDamagedThatIsNone() throws Exception {
        Path lock = LockFiles.lockFileOf(file());
        String good = "{\"user\":\"maria\",\"host\":\"LAPTOP-7\",\"pid\":4242,\"since\":\"2018-07-02T08:42:00Z\"}";
        Files.writeString(lock, good);
        assertThat(LockFiles.read(file())).isPresent();
        assertThat(LockFiles.unusable(file())).isEmpty();
        for (String bad : new String[] {
            good.replace("2018-07-02T08:42:00Z", "+1000000000-12-31T23:59:59.999999999Z"), // Instant.MAX: throws shown
            good.replace("2018-07-02T08:42:00Z", "-1000000000-01-01T00:00:00Z"),
            good.replace("2018-07-02T08:42:00Z", "+10000-01-01T00:00:00Z"),
            good.replace("2018-07-02T08:42:00Z", "1969-12-31T23:59:59Z"),
            good.replace("4242", "-1"), good.replace("4242", "0"), good.replace("4242", "99999999999"),
            good.replace("maria", "maria\\u202Eexe.txt"), // a direction override
            good.replace("maria", "maria\\u001B[2J"), // a terminal escape
            good.replace("maria", " "), good.replace("LAPTOP-7", "L".repeat(LockFiles.MAX_NAME + 1)),
            good.replace("}", ", \"user\": \"other\"}"), // a field given twice: not what Agendum writes
        }) {
            Files.writeString(lock, bad);
            assertThat(LockFiles.read(file())).as(bad).isEmpty();
            assertThat(LockFiles.unusable(file())).as(bad).contains("damaged or not Agendum's");
        }
    }
}
