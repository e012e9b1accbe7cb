package org.agendum.importing.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.agendum.importing.source.ImportException;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceFiles;

/**
 * Reads a Word document (.docx) as the import sees it: the first page's header and footer, the body's paragraphs
 * and tables in reading order with their runs, styles, list labels, links and footnotes, in bounded time and
 * memory (a size limit on the file, a limit on what its zip unpacks to, a limit on nesting). Anything that is not
 * a readable .docx — an old .doc, a password-protected document, a damaged file — gives an
 * {@link ImportException} with one sentence saying why and what to do.
 */
public final class WordSource {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private WordSource() {
    }

    public static SourceDocument read(Path file, String name) throws ImportException {
        return read(SourceFiles.read(file), name);
    }

    public static SourceDocument read(InputStream in, String name) throws ImportException {
        try {
            return read(SourceFiles.read(in), name);
        } catch (IOException e) {
            throw new ImportException("The Word document cannot be read (" + e.getMessage() + ").", e);
        }
    }

    public static SourceDocument read(byte[] bytes, String name) throws ImportException {
        SourceFiles.check(bytes);
        if (startsWith(bytes, OLE2)) {
            throw OldOfficeFile.whyNot(bytes);
        }
        if (!startsWith(bytes, ZIP)) {
            throw new ImportException("The file is not a Word document (.docx): it does not start as one; import a "
                    + ".docx file, a PDF or text.");
        }
        if (isOpenDocument(bytes)) {
            throw new ImportException("The file is an OpenDocument text (.odt); open it in Word or LibreOffice, "
                    + "save it as a Word document (.docx), and import that.");
        }
        new ZipLimits().check(bytes);
        try (WordPackage pack = WordPackage.open(bytes)) {
            return WordDocumentReader.read(pack, name);
        } catch (RuntimeException e) {
            // POI's and the XML parser's unchecked failures on malformed parts
            throw WordMessages.damaged(e);
        }
    }

    /** OpenDocument files start with an uncompressed "mimetype" entry naming their type. */
    private static boolean isOpenDocument(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 100), StandardCharsets.ISO_8859_1);
        return start.contains("mimetype") && start.contains("application/vnd.oasis.opendocument");
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
