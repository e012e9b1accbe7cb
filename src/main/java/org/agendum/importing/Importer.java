package org.agendum.importing;

import java.nio.file.Path;
import java.util.Objects;
import org.agendum.importing.pdf.PdfSource;
import org.agendum.importing.recognize.AgendaRecognizer;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.importing.source.ImportException;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceFiles;
import org.agendum.importing.text.TextSource;
import org.agendum.importing.word.WordSource;

/**
 * The import's way in, for the window and the command line: reads a file of at most
 * {@value SourceFiles#MAX_BYTES} bytes, tells from its content (never its name) whether it is a Word document, a
 * PDF or text, and has the right reader turn it into a {@link SourceDocument}. Text goes to the text reader it is
 * given (the text package's {@code TextSource::read}), which cleans what a page layout leaves in it; a PDF's text
 * goes to that package's reader of printed text, with what the print shows of each line (space above it, bold,
 * links).
 */
public final class Importer {
    /** The text reader: plain text of a kind, with the document's name, as the import sees it. */
    @FunctionalInterface
    public interface TextReader {
        SourceDocument read(String text, SourceDocument.Kind kind, String name) throws ImportException;
    }

    /** The readers as the window and the command line use them: text through the text package's reader. */
    private static final Importer STANDARD = new Importer(TextSource::read);

    private final TextReader textReader;

    /**
     * Imports a Word document, a PDF or a text file: the meeting it holds and the report of how it was read.
     *
     * @throws ImportException with one sentence for the officer: the file cannot be read, or holds no agenda
     */
    public static ImportResult importFile(Path file) throws ImportException {
        return AgendaRecognizer.recognize(STANDARD.readSource(file));
    }

    /** Imports text pasted into the import dialog, as {@link #importFile} imports a text file. */
    public static ImportResult importText(String pasted) throws ImportException {
        return AgendaRecognizer.recognize(STANDARD.readPasted(pasted));
    }

    public Importer(TextReader textReader) {
        this.textReader = Objects.requireNonNull(textReader, "textReader");
    }

    public SourceDocument readSource(Path file) throws ImportException {
        return readSource(SourceFiles.read(file), String.valueOf(file.getFileName()));
    }

    public SourceDocument readSource(byte[] bytes, String name) throws ImportException {
        SourceFiles.check(bytes);
        return switch (FileKind.of(bytes)) {
            case ZIP, OLE2 -> WordSource.read(bytes, name);
            case PDF -> PdfSource.read(bytes, name);
            case TEXT -> textReader.read(FileKind.decode(bytes), SourceDocument.Kind.TEXT, name);
            case RTF -> throw new ImportException("The file is an RTF document; open it in Word, save it as a Word "
                    + "document (.docx), and import that.");
            case OTHER -> throw new ImportException("The file is not a Word document, a PDF or text (it holds "
                    + "binary data Agendum cannot read); import a .docx file, a PDF or text.");
        };
    }

    /** Text pasted into the import dialog. */
    public SourceDocument readPasted(String pasted) throws ImportException {
        if (pasted == null || pasted.isBlank()) {
            throw new ImportException("There is no text to import: paste the agenda's text first.");
        }
        return textReader.read(pasted, SourceDocument.Kind.TEXT, "pasted text");
    }
}
