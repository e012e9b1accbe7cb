package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * An export opened by a real word processor: LibreOffice Writer converts it to PDF, and poppler reads the pages
 * back. Word is not available here; LibreOffice is the stand-in. Without LibreOffice the tests are skipped
 * with a message saying how to install it; in CI (where {@code .ci/setup} installs it) a missing LibreOffice
 * is a failure, so the tests cannot silently stop running.
 */
public final class LibreOfficePdf {
    static final String PACKAGES = "libreoffice-writer-nogui poppler-utils fonts-liberation2";
    private static final Pattern PAGE_SIZE = Pattern.compile("Page size:\\s+([0-9.]+) x ([0-9.]+) pts");

    private static String soffice;

    private LibreOfficePdf() {
    }

    /** Call from {@code @BeforeAll}: aborts the tests, or fails them in CI, when the tools are missing. */
    public static void requireTools() {
        Optional<String> office = onPath("soffice").or(() -> onPath("libreoffice"));
        boolean poppler = onPath("pdftotext").isPresent() && onPath("pdfinfo").isPresent();
        if (office.isEmpty() || !poppler) {
            String message = "LibreOffice Writer and poppler are needed to check the export in a word processor: "
                    + "install them with 'apt-get install " + PACKAGES + "' (or run 'bash .ci/setup')";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + "; CI must run this test");
            }
            Assumptions.abort(message);
        }
        soffice = office.get();
    }

    /**
     * The PDF's pages as text: {@code pageTexts} in layout order (a table row stays on one line, as a reader
     * scans it), {@code flowTexts} in reading order of each text block (a wrapped masthead cell reads on).
     */
    record Rendered(int pages, double width, double height, List<String> pageTexts, List<String> flowTexts) {
        String page(int number) {
            return pageTexts.get(number - 1);
        }

        String flow(int number) {
            return flowTexts.get(number - 1);
        }

        /** Every page in reading order, one after the other. */
        String allFlow() {
            return String.join(" ", flowTexts);
        }
    }

    static Rendered render(Meeting meeting, Path dir) throws Exception {
        Path pdf = renderToPdf(meeting, dir);
        String info = run(dir, "pdfinfo", pdf.toString());
        int pages = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                .replaceAll("\\D", ""));
        Matcher size = PAGE_SIZE.matcher(info);
        assertThat(size.find()).as(info).isTrue();
        List<String> layout = pages(run(dir, "pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-"), pages);
        List<String> flow = pages(run(dir, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-"), pages);
        return new Rendered(pages, Double.parseDouble(size.group(1)), Double.parseDouble(size.group(2)), layout, flow);
    }

    public static Path renderToPdf(Meeting meeting, Path dir) throws Exception {
        Path docx = dir.resolve("export.docx");
        WordExport.export(meeting, docx, ExportOptions.DEFAULT);
        return convertToPdf(docx, dir);
    }

    /** A Word document converted by LibreOffice into a PDF beside it in {@code dir} (after {@link #requireTools}). */
    public static Path convertToPdf(Path docx, Path dir) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        run(dir, soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), docx.toString());
        String name = docx.getFileName().toString();
        Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf).as("LibreOffice converted the document").exists();
        return pdf;
    }

    /** The PDF's text in reading order, every page, white space collapsed. */
    public static String text(Path pdf) throws IOException, InterruptedException {
        return run(pdf.getParent(), "pdftotext", "-enc", "UTF-8", pdf.toString(), "-").replace('\u00A0', ' ')
                .replaceAll("\\s+", " ").strip();
    }

    /**
     * The PDF's text as {@code pdftotext -layout} lays it out, spaces kept (where a line starts and ends shows its
     * alignment), one string per page, without the direction marks poppler puts around right-to-left text.
     */
    static List<String> layoutPages(Path pdf) throws IOException, InterruptedException {
        String text = run(pdf.getParent(), "pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
        return List.of(text.replaceAll("[\u200E\u200F\u202A-\u202E\u2066-\u2069]", "").split("\f"));
    }

    /** The fonts the PDF uses, as {@code pdffonts} lists them. */
    static String fonts(Path pdf) throws IOException, InterruptedException {
        return run(pdf.getParent(), "pdffonts", pdf.toString());
    }

    private static List<String> pages(String text, int count) {
        List<String> pages = new ArrayList<>();
        for (String page : text.split("\f", -1)) {
            pages.add(page.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip());
        }
        return pages.subList(0, count);
    }

    static String run(Path dir, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(dir, "out", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Assertions.fail(command[0] + " did not finish within 3 minutes");
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s exit code; output: %s", command[0], out).isZero();
        return out;
    }

    private static Optional<String> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(d -> Path.of(d, program))
                .filter(Files::isExecutable).map(Path::toString).findFirst();
    }
}
