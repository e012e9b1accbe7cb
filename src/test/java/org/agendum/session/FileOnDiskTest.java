package org.agendum.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.agendum.io.FileStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a save meets on disk, compared with what the window last read or wrote there. */
class FileOnDiskTest {
    @TempDir
    Path folder;

    @Test
    void theFileAsItWasLeftOrChangedByAnotherProgram() throws Exception {
        Path file = Files.writeString(folder.resolve("wg4.agendum"), "ours");
        Optional<FileStamp> stamp = FileOnDisk.stampOf(file);

        assertThat(FileOnDisk.compare(file, stamp)).isEqualTo(FileOnDisk.State.AS_LEFT);
        Files.writeString(file, "theirs");
        assertThat(FileOnDisk.compare(file, stamp)).isEqualTo(FileOnDisk.State.CHANGED);
        assertThat(FileOnDisk.compare(file, Optional.empty())).isEqualTo(FileOnDisk.State.AS_LEFT);
    }

    @Test
    void aFileGoneFromItsFolderIsGoneButAFolderGoneOrInItsPlaceIsTheSavesToExplain() throws Exception {
        Path file = Files.writeString(folder.resolve("wg4.agendum"), "ours");
        Optional<FileStamp> stamp = FileOnDisk.stampOf(file);

        Files.delete(file);
        assertThat(FileOnDisk.compare(file, stamp)).isEqualTo(FileOnDisk.State.GONE);
        Files.createDirectory(file);
        assertThat(FileOnDisk.compare(file, stamp)).isEqualTo(FileOnDisk.State.AS_LEFT);
        assertThat(FileOnDisk.compare(folder.resolve("gone").resolve("wg4.agendum"), stamp))
                .isEqualTo(FileOnDisk.State.AS_LEFT);
        assertThat(FileOnDisk.stampOf(folder.resolve("gone.agendum"))).isEmpty();
    }

    @Test
    void theTimeOfTheChangeIsInTheOfficersWords() throws Exception {
        ZoneId vienna = ZoneId.of("Europe/Vienna");
        Path file = Files.writeString(folder.resolve("wg4.agendum"), "theirs");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2018-07-02T08:42:00Z")));

        assertThat(FileOnDisk.changedAt(file, Clock.system(vienna))).isEqualTo("10:42 on 2 July 2018");
    }
}
