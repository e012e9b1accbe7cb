package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.agendum.io.AtomicFileWriter;
import org.agendum.io.FileStamp;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {
    private static final Meeting FIRST = SampleMeeting.load();
    private static final Meeting SECOND = FIRST.withDetails(FIRST.details().toBuilder().venue("Geneva").build());
    private static final Meeting THIRD = StableOutputTest.tinyMeeting();

    @TempDir
    Path folder;

    @Test
    void savingANewFileWritesItAndNoBackup() throws Exception {
        Path file = folder.resolve("x.agendum");

        MeetingFiles.save(FIRST, file);

        assertThat(file).hasBinaryContent(MeetingFiles.write(FIRST));
        assertThat(MeetingFiles.load(file)).isEqualTo(FIRST);
        assertThat(filesIn(folder)).containsExactly("x.agendum");
    }

    @Test
    void savingOverAFileKeepsThePreviousVersionAsBackup() throws Exception {
        Path file = folder.resolve("x.agendum");
        MeetingFiles.save(FIRST, file);

        MeetingFiles.save(SECOND, file);

        assertThat(file).hasBinaryContent(MeetingFiles.write(SECOND));
        assertThat(MeetingFiles.backupOf(file)).hasBinaryContent(MeetingFiles.write(FIRST));
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("x.agendum", "x.agendum.bak");

        MeetingFiles.save(THIRD, file);

        assertThat(file).hasBinaryContent(MeetingFiles.write(THIRD));
        assertThat(MeetingFiles.backupOf(file)).hasBinaryContent(MeetingFiles.write(SECOND));
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("x.agendum", "x.agendum.bak");
    }

    @Test
    void theBackupSitsNextToTheFile() {
        assertThat(MeetingFiles.backupOf(Path.of("/a/b/x.agendum"))).isEqualTo(Path.of("/a/b/x.agendum.bak"));
        assertThat(MeetingFiles.backupOf(Path.of("x.agendum"))).isEqualTo(Path.of("x.agendum.bak"));
        assertThat(MeetingFiles.EXTENSION).isEqualTo(".agendum");
    }

    @Test
    void aReadOnlyFolderFailsCleanlyAndLeavesTheFileAlone() throws Exception {
        Path file = folder.resolve("x.agendum");
        MeetingFiles.save(FIRST, file);
        MeetingFiles.save(SECOND, file);
        assumeTrue(Files.getFileAttributeView(folder, java.nio.file.attribute.PosixFileAttributeView.class) != null,
                "POSIX permissions");
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(folder), "running as root, who may write in a read-only folder anyway; "
                    + "aReadOnlyShareFailsCleanlyEvenForRoot simulates one");

            Throwable thrown = catchThrowable(() -> MeetingFiles.save(THIRD, file));

            assertThat(thrown).isInstanceOf(IOException.class)
                    .hasMessage("Could not save x.agendum: the folder " + folder.toAbsolutePath() + " is read-only.");
            assertThat(file).hasBinaryContent(MeetingFiles.write(SECOND));
            assertThat(MeetingFiles.backupOf(file)).hasBinaryContent(MeetingFiles.write(FIRST));
            assertThat(filesIn(folder)).containsExactlyInAnyOrder("x.agendum", "x.agendum.bak");
        } finally {
            Files.setPosixFilePermissions(folder, before);
        }
    }

    /** What a read-only mount answers, to root as to anyone: the writer meets the operating system's own words. */
    @Test
    void aReadOnlyShareFailsCleanlyEvenForRoot() throws Exception {
        Path file = folder.resolve("x.agendum");
        MeetingFiles.save(FIRST, file);
        MeetingFiles.save(SECOND, file);
        AtomicFileWriter.Disk readOnlyShare = created -> {
            throw new FileSystemException(created.toString(), null, "Read-only file system");
        };

        Throwable thrown = catchThrowable(() -> MeetingFiles.save(THIRD, file, readOnlyShare));

        assertThat(thrown).isInstanceOf(IOException.class)
                .hasMessage("Could not save x.agendum: the folder " + folder.toAbsolutePath() + " is read-only.");
        assertThat(file).hasBinaryContent(MeetingFiles.write(SECOND));
        assertThat(MeetingFiles.backupOf(file)).hasBinaryContent(MeetingFiles.write(FIRST));
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("x.agendum", "x.agendum.bak");
    }

    @Test
    void theStampOfASaveIsThatOfTheFileWritten() throws Exception {
        Path file = folder.resolve("x.agendum");

        FileStamp stamp = MeetingFiles.save(FIRST, file);

        assertThat(stamp).isEqualTo(FileStamp.read(file)).isEqualTo(MeetingFiles.loadWithStamp(file).stamp());
        assertThat(stamp.matches(file)).isTrue();
        MeetingFiles.save(SECOND, file);
        assertThat(stamp.matches(file)).isFalse();
    }

    @Test
    void aFolderInTheFilesPlaceFailsCleanly() throws Exception {
        Path file = Files.createDirectory(folder.resolve("x.agendum"));

        Throwable thrown = catchThrowable(() -> MeetingFiles.save(FIRST, file));

        assertThat(thrown).isInstanceOf(IOException.class).hasMessage("Could not save x.agendum: a folder has that name.");
        assertThat(file).isEmptyDirectory();
        assertThat(filesIn(folder)).containsExactly("x.agendum");
    }

    @Test
    void aMissingFolderFailsCleanly() throws Exception {
        Path missing = folder.resolve("missing");
        Path file = missing.resolve("x.agendum");

        Throwable thrown = catchThrowable(() -> MeetingFiles.save(FIRST, file));

        assertThat(thrown).isInstanceOf(IOException.class)
                .hasMessage("Could not save x.agendum: the folder " + missing.toAbsolutePath() + " cannot be found (it may "
                        + "have been moved or deleted, or be on a drive or network share that is not connected).");
        assertThat(missing).doesNotExist();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aFileInTheFoldersPlaceFailsCleanly() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "notes");

        Throwable thrown = catchThrowable(() -> MeetingFiles.save(FIRST, notAFolder.resolve("x.agendum")));

        assertThat(thrown).isInstanceOf(IOException.class)
                .hasMessage("Could not save x.agendum: " + notAFolder.toAbsolutePath() + " is a file, not a folder.");
        assertThat(notAFolder).hasContent("notes");
    }

    @Test
    void aFailureAfterWritingTheNewVersionRemovesItsTemporaryFile() throws Exception {
        Path file = folder.resolve("x.agendum");
        MeetingFiles.save(FIRST, file);
        Path backupFolder = Files.createDirectory(MeetingFiles.backupOf(file));
        Files.writeString(backupFolder.resolve("keep.txt"), "keep");

        Throwable thrown = catchThrowable(() -> MeetingFiles.save(SECOND, file));

        assertThat(thrown).isInstanceOf(IOException.class).hasMessage("Could not save x.agendum: the previous version "
                + "cannot be kept as x.agendum.bak because a folder has that name.");
        assertThat(file).hasBinaryContent(MeetingFiles.write(FIRST));
        assertThat(backupFolder.resolve("keep.txt")).hasContent("keep");
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("x.agendum", "x.agendum.bak");
    }

    @Test
    void savingThroughASymbolicLinkSavesItsTargetAndKeepsTheLink() throws Exception {
        Path real = folder.resolve("real.agendum");
        MeetingFiles.save(FIRST, real);
        Path link;
        try {
            link = Files.createSymbolicLink(folder.resolve("link.agendum"), real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
            return;
        }

        MeetingFiles.save(SECOND, link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasBinaryContent(MeetingFiles.write(SECOND));
        assertThat(MeetingFiles.backupOf(real)).hasBinaryContent(MeetingFiles.write(FIRST));
    }

    @Test
    void theNewVersionKeepsThePermissionsOfThePreviousOne() throws Exception {
        Path file = folder.resolve("x.agendum");
        MeetingFiles.save(FIRST, file);
        FileStore store = Files.getFileStore(file);
        assumeTrue(store.supportsFileAttributeView("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

        MeetingFiles.save(SECOND, file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }

    @Test
    void aReaderNeverSeesAHalfWrittenFile() throws Exception {
        Path file = folder.resolve("x.agendum");
        MeetingFiles.save(FIRST, file);
        AtomicBoolean saving = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (saving.get() && failure.get() == null) {
                try {
                    Meeting read = MeetingFiles.load(file);
                    if (!read.equals(FIRST) && !read.equals(SECOND)) {
                        failure.set(new AssertionError("read a meeting that was never saved"));
                    }
                    reads.incrementAndGet();
                } catch (MeetingFileException | RuntimeException e) {
                    failure.set(e);
                }
            }
        });
        reader.start();
        try {
            for (int i = 0; i < 100 && failure.get() == null; i++) {
                MeetingFiles.save(i % 2 == 0 ? SECOND : FIRST, file);
            }
        } finally {
            saving.set(false);
            reader.join();
        }

        assertThat(failure.get()).isNull();
        assertThat(reads.get()).isPositive();
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("x.agendum", "x.agendum.bak");
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
