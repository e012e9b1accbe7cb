package org.agendum.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {
    @TempDir
    Path folder;

    @Test
    void theStampOfBytesIsTheStampOfTheFileHoldingThem() throws Exception {
        byte[] content = new byte[300_000]; // several reads of the buffer
        new Random(8).nextBytes(content);
        Path file = Files.write(folder.resolve("x.agendum"), content);

        FileStamp stamp = FileStamp.of(content);

        assertThat(FileStamp.read(file)).isEqualTo(stamp);
        assertThat(stamp.size()).isEqualTo(300_000);
        assertThat(stamp.sha256()).hasSize(64);
        assertThat(stamp.matches(file)).isTrue();
    }

    @Test
    void aChangedByteIsAChangeEvenAtTheSameSize() throws Exception {
        Path file = Files.writeString(folder.resolve("x.agendum"), "Vienna", StandardCharsets.UTF_8);
        FileStamp stamp = FileStamp.read(file);

        Files.writeString(file, "Vienne", StandardCharsets.UTF_8);

        assertThat(stamp.matches(file)).isFalse();
        Files.writeString(file, "Vienna, Austria", StandardCharsets.UTF_8);
        assertThat(stamp.matches(file)).isFalse();
    }

    @Test
    void aNewModificationTimeAloneIsNoChange() throws Exception {
        Path file = Files.writeString(folder.resolve("x.agendum"), "Vienna", StandardCharsets.UTF_8);
        FileStamp stamp = FileStamp.read(file);

        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(stamp.matches(file)).isTrue();
    }
}
