package org.agendum.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveErrorsTest {
    @Test
    void failuresAreWordedForPeople() {
        Path where = Path.of("/shared/meetings");

        assertThat(SaveErrors.reason("x.agendum", where, AtomicFileWriter.Step.WRITE,
                new FileSystemException("/shared/meetings/.x.agendum.tmp-1", null, "No space left on device")))
                .isEqualTo("the disk is full");
        assertThat(SaveErrors.reason("x.agendum", where, AtomicFileWriter.Step.WRITE,
                new IOException("There is not enough space on the disk")))
                .isEqualTo("the disk is full");
        assertThat(SaveErrors.reason("x.agendum", where, AtomicFileWriter.Step.WRITE,
                new FileSystemException("/shared/meetings/.x.agendum.tmp-1", null, "Read-only file system")))
                .isEqualTo("the folder /shared/meetings is read-only");
        assertThat(SaveErrors.reason("x.agendum", where, AtomicFileWriter.Step.REPLACE,
                new AccessDeniedException("/shared/meetings/x.agendum")))
                .isEqualTo("x.agendum is read-only or open in another program");
        assertThat(SaveErrors.reason("x.agendum", where, AtomicFileWriter.Step.BACKUP,
                new FileSystemException("/shared/meetings/x.agendum.bak", null, "Input/output error")))
                .isEqualTo("keeping the previous version as a backup failed (Input/output error)");
        assertThat(SaveErrors.reason("x.agendum", where, AtomicFileWriter.Step.REPLACE,
                new IllegalStateException("java.lang.Something happened")))
                .isEqualTo("putting the new version in place failed");
    }

    @Test
    void aFolderThatHasGoneOrCannotBeReachedSuggestsADisconnectedDrive() {
        Path where = Path.of("/shared/meetings");

        assertThat(SaveErrors.reason("x.agendum", where, AtomicFileWriter.Step.WRITE,
                new NoSuchFileException("/shared/meetings/.x.agendum.tmp-1")))
                .isEqualTo("the folder /shared/meetings cannot be found (it may have been moved or deleted, or be on a "
                        + "drive or network share that is not connected)");
        assertThat(SaveErrors.reason("x.agendum", where, AtomicFileWriter.Step.WRITE,
                new FileSystemException("/shared/meetings/.x.agendum.tmp-1", null, "Stale file handle")))
                .isEqualTo("the folder /shared/meetings cannot be reached (is the drive or network share still "
                        + "connected?)");
        assertThat(SaveErrors.reason("x.agendum", where, AtomicFileWriter.Step.REPLACE,
                new FileSystemException("/shared/meetings/x.agendum", null, "Transport endpoint is not connected")))
                .startsWith("the folder /shared/meetings cannot be reached");
    }

    @Test
    void withoutBackupTheOldVersionIsSimplyReplaced(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("agenda.docx");
        AtomicFileWriter.write(file, new byte[] {1}, AtomicFileWriter.Backup.NONE);
        AtomicFileWriter.write(file, new byte[] {2}, AtomicFileWriter.Backup.NONE);
        assertThat(Files.readAllBytes(file)).containsExactly(2);
        assertThat(Files.exists(AtomicFileWriter.backupOf(file))).isFalse();
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }
}
