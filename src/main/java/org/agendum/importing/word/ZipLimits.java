package org.agendum.importing.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agendum.importing.source.ImportException;

/**
 * Unpacks a .docx once without keeping anything, counting the entries and the bytes they really inflate to (a
 * zip's own size fields can lie), and stops at the first limit passed: a zip bomb costs at most the limit's
 * worth of inflating, never the memory of the document it pretends to be. Real agendas are well under a
 * megabyte unpacked; a General-Assembly-size export is about 2.3 MB.
 */
final class ZipLimits {
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private final int maxEntries;
    private final long maxTotal;
    private final long maxEntry;

    ZipLimits() {
        this(MAX_ENTRIES, MAX_TOTAL_BYTES, MAX_ENTRY_BYTES);
    }

    ZipLimits(int maxEntries, long maxTotal, long maxEntry) {
        this.maxEntries = maxEntries;
        this.maxTotal = maxTotal;
        this.maxEntry = maxEntry;
    }

    void check(byte[] zip) throws ImportException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new ImportException("The Word document holds more than " + maxEntries + " parts (a "
                            + "damaged file or a zip bomb); it cannot be imported.");
                }
                long size = 0;
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    size += read;
                    total += read;
                    if (size > maxEntry || total > maxTotal) {
                        throw new ImportException("The Word document unpacks to more than "
                                + megabytes(size > maxEntry ? maxEntry : maxTotal) + (size > maxEntry ? " in one part"
                                : "") + " (a damaged file or a zip bomb); it cannot be imported.");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw WordMessages.damaged(e);
        }
        if (entries == 0) {
            throw WordMessages.damaged(new IOException("no zip entries"));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }
}
