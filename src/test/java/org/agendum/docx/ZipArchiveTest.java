package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipArchiveTest {
    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 12, 7, 11, 7, 26);

    @Test
    void entriesComeInTheOrderAskedForAndReadBackAsWritten(@TempDir Path dir) throws IOException {
        ZipArchive zip = new ZipArchive(WHEN);
        byte[] random = new byte[300_000];
        new Random(16).nextBytes(random);
        byte[] text = "<p>text</p>".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        zip.add("word/document.xml", text);
        try (OutputStream out = zip.entry("word/media/image1.png")) {
            for (int i = 0; i < random.length; i += 1000) {
                out.write(random, i, 1000);
            }
            out.write(7);
        }
        zip.add("empty.xml", new byte[0]);
        zip.add("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        byte[] file = zip.toBytes("[Content_Types].xml", "missing.xml");

        Map<String, byte[]> streamed = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                streamed.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(streamed.keySet()).containsExactly("[Content_Types].xml", "word/document.xml",
                "word/media/image1.png", "empty.xml");
        assertThat(streamed.get("word/document.xml")).isEqualTo(text);
        byte[] withSeven = java.util.Arrays.copyOf(random, random.length + 1);
        withSeven[random.length] = 7;
        assertThat(streamed.get("word/media/image1.png")).isEqualTo(withSeven);
        assertThat(streamed.get("empty.xml")).isEmpty();

        // the central directory, as ZipFile reads it, agrees: sizes, CRC, time
        Path path = Files.write(dir.resolve("a.zip"), file);
        try (ZipFile read = new ZipFile(path.toFile())) {
            List<String> names = new ArrayList<>();
            read.stream().forEach(e -> names.add(e.getName()));
            assertThat(names).containsExactly("[Content_Types].xml", "word/document.xml", "word/media/image1.png",
                    "empty.xml");
            ZipEntry document = read.getEntry("word/document.xml");
            assertThat(document.getSize()).isEqualTo(text.length);
            assertThat(document.getCompressedSize()).isLessThan(text.length / 20);
            assertThat(document.getTimeLocal()).isEqualTo(WHEN);
            assertThat(read.getInputStream(document).readAllBytes()).isEqualTo(text);
        }
    }

    @Test
    void aNameOutsideAsciiIsMarkedUtf8() throws IOException {
        ZipArchive zip = new ZipArchive(WHEN);
        zip.add("word/média.xml", new byte[] {1});
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toBytes()))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("word/média.xml");
        }
    }

    @Test
    void twoEntriesOfOneNameAreRefused() {
        ZipArchive zip = new ZipArchive(WHEN);
        zip.add("a.xml", new byte[] {1});
        assertThatThrownBy(() -> zip.add("a.xml", new byte[] {2})).hasMessageContaining("two entries named a.xml");
    }
}
