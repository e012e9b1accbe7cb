package org.agendum.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.agendum.importing.recognize.AgendaRecognizer;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.importing.source.ImportException;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.text.TextSource;

/** The texts the import tests read, and the import of a text as the window and the command line run it. */
final class ImportFixtures {
    /** A day no imported document falls on, for documents that give no date at all. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private ImportFixtures() {
    }

    static ImportResult importText(String text, String name) throws ImportException {
        return AgendaRecognizer.recognize(TextSource.read(text, SourceDocument.Kind.TEXT, name), TODAY);
    }

    static ImportResult importPdfText(String text, String name) throws ImportException {
        return AgendaRecognizer.recognize(TextSource.read(text, SourceDocument.Kind.PDF, name), TODAY);
    }

    /** The reference text of the sample, CTOC/COP/WG.4/2018/1, as the project keeps it. */
    static String referenceText() {
        return resource("/reference/CTOC_COP_WG.4_2018_1.txt");
    }

    static String resource(String path) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
