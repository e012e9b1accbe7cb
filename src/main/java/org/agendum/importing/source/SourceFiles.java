package org.agendum.importing.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a document to import into memory, at most {@value #MAX_BYTES} bytes of it (agendas are well under a
 * megabyte; a General-Assembly-size export is a quarter of one), refusing what is no ordinary readable file with
 * one sentence that says why: a folder, a missing or unreadable file, a device or pipe, an empty or too large one.
 */
public final class SourceFiles {
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    private SourceFiles() {
    }

    public static byte[] read(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new ImportException("“" + name + "” is a folder, not a document; choose a Word document, a PDF or "
                    + "a text file.");
        }
        if (!Files.exists(file)) {
            throw new ImportException("The file “" + name + "” does not exist (it may have been moved, renamed or "
                    + "deleted).");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException("“" + name + "” is not an ordinary file (a device or a pipe); choose a Word "
                    + "document, a PDF or a text file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (AccessDeniedException e) {
            throw new ImportException("The file “" + name + "” cannot be read: Agendum has no permission to read it.",
                    e);
        } catch (NoSuchFileException e) {
            throw new ImportException("The file “" + name + "” does not exist (it may have been moved, renamed or "
                    + "deleted).", e);
        } catch (IOException e) {
            throw new ImportException("The file “" + name + "” cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", e);
        }
    }

    /** The stream's bytes, refusing an empty stream or one longer than the limit (read no further than that). */
    public static byte[] read(InputStream in) throws IOException, ImportException {
        return check(in.readNBytes(MAX_BYTES + 1));
    }

    /** The bytes, when they are neither empty nor larger than the limit. */
    public static byte[] check(byte[] bytes) throws ImportException {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException("The file is larger than " + megabytes(MAX_BYTES) + "; Agendum imports "
                    + "documents of at most " + megabytes(MAX_BYTES) + ".");
        }
        if (bytes.length == 0) {
            throw new ImportException("The file is empty: there is nothing to import.");
        }
        return bytes;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }
}
