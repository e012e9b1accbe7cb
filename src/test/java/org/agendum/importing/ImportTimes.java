package org.agendum.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.WordExport;
import org.agendum.importing.pdf.PdfSource;
import org.agendum.testing.GeneralAssemblySession;

/**
 * How long the import of the General-Assembly-size meeting takes, from its .docx export and from that export printed
 * to PDF by LibreOffice: the first run in this JVM and the best and median of the warm runs after it, for the whole
 * import ({@link Importer#importFile}) and for the PDF's text alone ({@link PdfSource#extractText}). Prints numbers
 * and asserts nothing (the machine is shared; docs/import-readers.md has the figures).
 *
 * <p>Run after {@code mvn test-compile}: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.agendum.importing.ImportTimes [folder] [warm runs]}, with the classpath from {@code mvn
 * dependency:build-classpath -Dmdep.outputFile=cp.txt}. LibreOffice's {@code soffice} must be on the path.
 */
public final class ImportTimes {
    private ImportTimes() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("import-times");
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path docx = dir.resolve("ga.docx");
        Path pdf = dir.resolve("ga.pdf");
        if (!Files.exists(docx)) {
            WordExport.export(GeneralAssemblySession.meeting(), docx, ExportOptions.DEFAULT);
        }
        if (!Files.exists(pdf)) {
            Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()).inheritIO()
                    .start();
            if (!soffice.waitFor(10, TimeUnit.MINUTES) || !Files.exists(pdf)) {
                throw new IllegalStateException("LibreOffice did not print " + docx + " to PDF");
            }
        }
        System.out.printf(Locale.ROOT, "%s: %,d bytes; %s: %,d bytes; %d warm runs%n", docx.getFileName(),
                Files.size(docx), pdf.getFileName(), Files.size(pdf), warm);
        measure("import from .docx", warm, () -> Importer.importFile(docx));
        measure("PDF text (PdfSource.extractText)", warm, () -> PdfSource.extractText(pdf));
        measure("import from PDF", warm, () -> Importer.importFile(pdf));
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static void measure(String what, int warm, Work work) throws Exception {
        long first = time(work);
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < warm; i++) {
            runs.add(time(work));
        }
        Collections.sort(runs);
        System.out.printf(Locale.ROOT, "%-34s first %6.0f ms, warm best %6.0f ms, median %6.0f ms%n", what,
                first / 1e6, runs.get(0) / 1e6, runs.get(runs.size() / 2) / 1e6);
    }

    private static long time(Work work) throws Exception {
        long start = System.nanoTime();
        Object result = work.run();
        long elapsed = System.nanoTime() - start;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return elapsed;
    }
}
