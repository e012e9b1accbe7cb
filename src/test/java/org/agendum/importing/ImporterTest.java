package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agendum.file.SampleMeeting;
import org.agendum.importing.source.ImportException;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceFiles;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourcePlace;
import org.agendum.testing.NamedPipes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer tells files apart by what they hold, whatever they are called, and refuses the rest in a sentence. */
class ImporterTest {
    /** What the importer handed to the text reader, and a document of one paragraph per line from it. */
    private final List<String> texts = new ArrayList<>();
    private final List<SourceDocument.Kind> kinds = new ArrayList<>();
    private final Importer importer = new Importer((text, kind, name) -> {
        texts.add(text);
        kinds.add(kind);
        List<String> lines = text.lines().toList();
        List<org.agendum.importing.source.SourceBlock> body = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            body.add(SourceParagraph.plain(lines.get(i), new SourcePlace(i, "line " + (i + 1))));
        }
        return new SourceDocument(kind, name, List.of(), body, List.of());
    });

    @Test
    void aWordDocumentIsReadAsWordWhateverItsName(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("agenda.pdf"), SourceBlocks.export(SampleMeeting.load()));

        SourceDocument read = importer.readSource(file);

        assertThat(read.kind()).isEqualTo(SourceDocument.Kind.WORD);
        assertThat(read.name()).isEqualTo("agenda.pdf");
        assertThat(texts).isEmpty();
    }

    /** A PDF's lines go to the text package's reader of printed text, with their look, not to the plain text reader. */
    @Test
    void aPdfIsReadAsAPdfWhateverItsName(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("agenda.docx"), org.agendum.importing.pdf.PdfTestFiles.oneLine("Annotations"));

        SourceDocument read = importer.readSource(file);

        assertThat(read.kind()).isEqualTo(SourceDocument.Kind.PDF);
        assertThat(read.body()).extracting(SourceBlock::plainText)
                .containsExactly("Annotations");
        assertThat(texts).isEmpty();
    }

    @Test
    void textIsDecodedFromUtf8Utf16WithItsMarkOrAWindowsCodePage() throws Exception {
        String agenda = "Provisional agenda\n1.\tOpening of the session – “Monday”\f2.\tAdoption of the report";
        importer.readSource(agenda.getBytes(StandardCharsets.UTF_8), "a.txt");
        importer.readSource(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, agenda.getBytes(StandardCharsets.UTF_16LE)),
                "b.txt");
        importer.readSource(withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, agenda.getBytes(StandardCharsets.UTF_16BE)),
                "c.txt");
        importer.readSource(withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                agenda.getBytes(StandardCharsets.UTF_8)), "d.txt");
        importer.readSource(agenda.getBytes(Charset.forName("windows-1252")), "e.txt");

        assertThat(texts).containsOnly(agenda).hasSize(5);
        assertThat(kinds).containsOnly(SourceDocument.Kind.TEXT);
    }

    @Test
    void pastedTextIsText() throws Exception {
        assertThat(importer.readPasted("1.Opening").kind()).isEqualTo(SourceDocument.Kind.TEXT);
        assertThatThrownBy(() -> importer.readPasted("  \n")).isInstanceOf(ImportException.class)
                .hasMessage("There is no text to import: paste the agenda's text first.");
    }

    @Test
    void binaryJunkRtfAndEmptyFilesAreRefused(@TempDir Path dir) throws Exception {
        byte[] junk = new byte[4096];
        new Random(17).nextBytes(junk);
        assertThatThrownBy(() -> importer.readSource(junk, "junk.txt")).isInstanceOf(ImportException.class)
                .hasMessage("The file is not a Word document, a PDF or text (it holds binary data Agendum cannot "
                        + "read); import a .docx file, a PDF or text.");
        assertThatThrownBy(() -> importer.readSource("{\\rtf1\\ansi Agenda}".getBytes(StandardCharsets.US_ASCII),
                "agenda.rtf")).hasMessageStartingWith("The file is an RTF document");
        assertThatThrownBy(() -> importer.readSource(Files.createFile(dir.resolve("empty.docx"))))
                .hasMessage("The file is empty: there is nothing to import.");
        assertThatThrownBy(() -> importer.readSource(new byte[SourceFiles.MAX_BYTES + 1], "huge.pdf"))
                .hasMessage("The file is larger than 50 MB; Agendum imports documents of at most 50 MB.");
        assertThat(texts).isEmpty();
    }

    @Test
    void foldersMissingFilesAndPipesSayWhatTheyAre(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> importer.readSource(dir)).isInstanceOf(ImportException.class)
                .hasMessage("“" + dir.getFileName() + "” is a folder, not a document; choose a Word document, a PDF "
                        + "or a text file.");
        assertThatThrownBy(() -> importer.readSource(dir.resolve("gone.docx")))
                .hasMessage("The file “gone.docx” does not exist (it may have been moved, renamed or deleted).");
        Path pipe = NamedPipes.create(dir, "pipe.docx");
        assertThatThrownBy(() -> importer.readSource(pipe)).hasMessage("“pipe.docx” is not an ordinary file (a "
                + "device or a pipe); choose a Word document, a PDF or a text file.");
    }

    @Test
    void aFileWithoutReadPermissionSaysSo(@TempDir Path dir) throws Exception {
        Path locked = Files.writeString(dir.resolve("locked.txt"), "Provisional agenda");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "the user (root) reads files whatever their permissions");
        assertThatThrownBy(() -> importer.readSource(locked))
                .hasMessage("The file “locked.txt” cannot be read: Agendum has no permission to read it.");
    }

    private static byte[] withMark(byte[] mark, byte[] text) {
        byte[] out = new byte[mark.length + text.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(text, 0, out, mark.length, text.length);
        return out;
    }
}
