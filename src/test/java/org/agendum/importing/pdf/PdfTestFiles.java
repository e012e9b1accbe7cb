package org.agendum.importing.pdf;

import java.io.IOException;
import java.util.List;

/** The test PDFs other packages' tests need. */
public final class PdfTestFiles {
    private PdfTestFiles() {
    }

    public static byte[] oneLine(String line) throws IOException {
        return PdfFiles.text(List.of(List.of(line)));
    }
}
