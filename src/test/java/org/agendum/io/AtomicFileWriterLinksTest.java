package org.agendum.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile names beside the file being written (issue 14, security 2 and 4): links planted by another local user,
 * devices and pipes. The files that links point to stay untouched.
 */
class AtomicFileWriterLinksTest {
    private static final byte[] NEW = "new".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private Path victim() throws IOException {
        Path elsewhere = Files.createDirectories(folder.resolve("home"));
        return Files.writeString(elsewhere.resolve("thesis.odt"), "the officer's own file");
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void aFileOfAgendumsOwnReplacesALinkInPlaceAndNeverWritesWhereItPoints() throws Exception {
        Path victim = victim();
        Path lock = Files.createSymbolicLink(folder.resolve(".~lock.wg4.agendum#"), victim);

        AtomicFileWriter.writeOwn(lock, NEW, AtomicFileWriter.Disk.REAL, null);

        assertThat(victim).hasContent("the officer's own file");
        assertThat(Files.isSymbolicLink(lock)).isFalse();
        assertThat(lock).hasContent("new");
    }

    @Test
    void aBackupNamePlantedAsALinkIsReplacedNotFollowed() throws Exception {
        Path victim = victim();
        Path meeting = Files.writeString(folder.resolve("wg4.agendum"), "old");
        Path backup = Files.createSymbolicLink(folder.resolve("wg4.agendum.bak"), victim);

        AtomicFileWriter.write(meeting, NEW, AtomicFileWriter.Backup.KEEP);

        assertThat(victim).hasContent("the officer's own file");
        assertThat(Files.isSymbolicLink(backup)).isFalse();
        assertThat(backup).hasContent("old");
        assertThat(meeting).hasContent("new");
    }

    @Test
    void aTemporaryNameTakenByALinkFailsInsteadOfFollowingIt() throws Exception {
        Path victim = victim();
        Path meeting = Files.writeString(folder.resolve("wg4.agendum"), "old");
        AtomicFileWriter.Disk plantingFirst = file -> {
            Files.createSymbolicLink(file, victim); // as if guessed and planted a moment before
            return AtomicFileWriter.Disk.REAL.createNew(file);
        };

        Throwable thrown = catchThrowable(() -> AtomicFileWriter.write(meeting, NEW, AtomicFileWriter.Backup.KEEP,
                plantingFirst));

        assertThat(thrown).isInstanceOf(IOException.class).hasMessageStartingWith("Could not save wg4.agendum");
        assertThat(victim).hasContent("the officer's own file");
        assertThat(meeting).hasContent("old");
    }

    @Test
    void aPipeOrDeviceIsNeverReplaced() throws Exception {
        Path pipe = folder.resolve("out.docx");
        assumeTrue(mkfifo(pipe), "mkfifo is not available here");

        Throwable thrown = catchThrowable(() -> AtomicFileWriter.write(pipe, NEW, AtomicFileWriter.Backup.NONE));

        assertThat(thrown).isInstanceOf(IOException.class)
                .hasMessageContaining("is not an ordinary file").hasMessageContaining("writes only to ordinary files");
        assertThat(Files.readAttributes(pipe, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(pipe); // no temporary file left either
        }
        // the same through a link, and for a file of Agendum's own the pipe is not replaced either
        Path link = Files.createSymbolicLink(folder.resolve("link.docx"), pipe);
        assertThat(catchThrowable(() -> AtomicFileWriter.write(link, NEW, AtomicFileWriter.Backup.NONE)))
                .hasMessageContaining("is not an ordinary file");
        assertThat(catchThrowable(() -> AtomicFileWriter.writeOwn(pipe, NEW, AtomicFileWriter.Disk.REAL, null)))
                .hasMessageContaining("is not an ordinary file");
        assertThat(Files.readAttributes(pipe, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
    }

    @Test
    void aPrivateFileIsPrivateFromItsFirstInstant() throws Exception {
        Path file = folder.resolve("autosave-1.agendum");
        assumeTrue(posix(file));
        List<Set<PosixFilePermission>> atCreation = new ArrayList<>();
        AtomicFileWriter.Disk watching = new AtomicFileWriter.Disk() {
            @Override
            public FileChannel createNew(Path created) throws IOException {
                return record(AtomicFileWriter.Disk.REAL.createNew(created), created);
            }

            @Override
            public FileChannel createNew(Path created, Set<PosixFilePermission> permissions) throws IOException {
                return record(AtomicFileWriter.Disk.REAL.createNew(created, permissions), created);
            }

            private FileChannel record(FileChannel channel, Path created) throws IOException {
                atCreation.add(Files.getPosixFilePermissions(created));
                return channel;
            }
        };

        AtomicFileWriter.writeOwn(file, NEW, watching, AtomicFileWriter.OWNER_ONLY);

        assertThat(atCreation).containsExactly(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theNewVersionOfAPrivateMeetingIsNeverReadableByOthersWhileWritten() throws Exception {
        Path meeting = Files.writeString(folder.resolve("wg4.agendum"), "old");
        assumeTrue(posix(meeting));
        Files.setPosixFilePermissions(meeting, PosixFilePermissions.fromString("rw-------"));
        List<Set<PosixFilePermission>> atCreation = new ArrayList<>();
        AtomicFileWriter.Disk watching = new AtomicFileWriter.Disk() {
            @Override
            public FileChannel createNew(Path created) throws IOException {
                throw new AssertionError("created without permissions: " + created);
            }

            @Override
            public FileChannel createNew(Path created, Set<PosixFilePermission> permissions) throws IOException {
                FileChannel channel = AtomicFileWriter.Disk.REAL.createNew(created, permissions);
                atCreation.add(Files.getPosixFilePermissions(created));
                return channel;
            }
        };

        AtomicFileWriter.write(meeting, NEW, AtomicFileWriter.Backup.KEEP, watching);

        assertThat(atCreation).hasSize(2).allMatch(PosixFilePermissions.fromString("rw-------")::equals);
        assertThat(Files.getPosixFilePermissions(meeting)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0 && Files.exists(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
