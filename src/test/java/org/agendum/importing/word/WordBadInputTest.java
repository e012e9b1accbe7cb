package org.agendum.importing.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.agendum.file.SampleMeeting;
import org.agendum.importing.SourceBlocks;
import org.agendum.importing.source.ImportException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Files that are not readable Word documents: each gives one sentence, quickly and without eating memory. */
class WordBadInputTest {
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @Test
    void aPasswordProtectedDocumentSaysToRemoveThePassword() throws Exception {
        POIFSFileSystem container = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream out = encryptor.getDataStream(container)) {
            out.write(SourceBlocks.export(SampleMeeting.load()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        container.writeFilesystem(bytes);

        assertThatThrownBy(() -> WordSource.read(bytes.toByteArray(), "protected.docx"))
                .isInstanceOf(ImportException.class)
                .hasMessage("The Word document is protected by a password; open it in Word, remove the password, "
                        + "and import it again.");
    }

    @Test
    void anOldDocSaysToSaveItAsDocx() throws Exception {
        POIFSFileSystem container = new POIFSFileSystem();
        container.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        container.writeFilesystem(bytes);

        assertThatThrownBy(() -> WordSource.read(bytes.toByteArray(), "old.doc")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("The file is an old Word document (.doc, Word 97–2003)")
                .hasMessageContaining("save it as a Word document (.docx)");
    }

    @Test
    void aZipBombIsRefusedAfterTheLimitsWorthOfUnpacking() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 65; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).as("a small file").isLessThan(200_000);

        assertThatThrownBy(() -> assertTimeout(() -> WordSource.read(bomb.toByteArray(), "bomb.docx")))
                .isInstanceOf(ImportException.class)
                .hasMessage("The Word document unpacks to more than 64 MB in one part (a damaged file or a zip "
                        + "bomb); it cannot be imported.");
    }

    @Test
    void aZipOfThousandsOfPartsIsRefused() throws Exception {
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            for (int i = 0; i <= ZipLimits.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("part" + i));
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> WordSource.read(many.toByteArray(), "many.docx")).isInstanceOf(ImportException.class)
                .hasMessage("The Word document holds more than 2000 parts (a damaged file or a zip bomb); it cannot "
                        + "be imported.");
    }

    @Test
    void junkATruncatedDocumentAnEmptyFileAndOtherZipsSayWhatTheyAre() throws Exception {
        byte[] junk = new byte[10_000];
        new Random(17).nextBytes(junk);
        assertThatThrownBy(() -> WordSource.read(junk, "junk.docx"))
                .hasMessageStartingWith("The file is not a Word document (.docx)");
        byte[] export = SourceBlocks.export(SampleMeeting.load());
        byte[] truncated = java.util.Arrays.copyOf(export, export.length / 2);
        assertThatThrownBy(() -> WordSource.read(truncated, "truncated.docx"))
                .hasMessage("The Word document is damaged and cannot be read; open it in Word, save it again, and "
                        + "import the saved copy.");
        assertThatThrownBy(() -> WordSource.read(new byte[0], "empty.docx"))
                .hasMessage("The file is empty: there is nothing to import.");
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(other)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("not Word".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> WordSource.read(other.toByteArray(), "notes.zip"))
                .isInstanceOf(ImportException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void contentNestedBeyondAnyDocumentIsRefusedWithoutOverflowingTheStack() throws Exception {
        org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        int depth = 2_000;
        BuiltDocuments.paragraph(document, "<w:smartTag w:element=\"x\">".repeat(depth)
                + BuiltDocuments.run("deep") + "</w:smartTag>".repeat(depth));
        byte[] bytes = BuiltDocuments.bytes(document);

        assertThatThrownBy(() -> WordSource.read(bytes, "deep.docx")).isInstanceOf(ImportException.class)
                .hasMessageContaining("nests its content more than 64 levels deep");
    }

    private static void assertTimeout(org.junit.jupiter.api.function.ThrowingSupplier<?> read) throws Throwable {
        long start = System.nanoTime();
        try {
            read.get();
        } finally {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICKLY);
        }
    }
}
