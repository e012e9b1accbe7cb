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
import org.agendum.file.SampleMeeting;
import org.agendum.model.DutyStation;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real word processor opens the export: LibreOffice Writer converts it to PDF, and poppler reads the pages
 * back. Word is not available here; LibreOffice is the stand-in. Without LibreOffice the tests are skipped
 * with a message saying how to install it; in CI (where {@code .ci/setup} installs it) a missing LibreOffice
 * is a failure, so the tests cannot silently stop running.
 */
class LibreOfficeRenderingTest {
    static final String PACKAGES = "libreoffice-writer-nogui poppler-utils fonts-liberation2";
    private static final Pattern PAGE_SIZE = Pattern.compile("Page size:\\s+([0-9.]+) x ([0-9.]+) pts");

    private static String soffice;

    @BeforeAll
    static void findTools() {
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

    @Test
    void theSampleOpensAsFourA4PagesWithTheTextHeadersAndPageNumbers(@TempDir Path dir) throws Exception {
        Rendered pdf = render(SampleMeeting.load(), dir);

        assertThat(pdf.width()).isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.0));
        assertThat(pdf.height()).isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
        assertThat(pdf.pages()).as("masthead and agenda, annotations, annex on its own page").isBetween(3, 5);
        assertThat(pdf.flow(1)).contains(
                "Conference of the Parties to the United Nations Convention against Transnational Organized Crime");
        String first = pdf.page(1);
        assertThat(first).contains("United Nations CTOC/COP/WG.4/2018/1", "Distr.: General", "9 April 2018", "Original: English", "Working Group on Trafficking in Persons",
                "Vienna, 2 and 3 July 2018", "Annotated provisional agenda", "Provisional agenda",
                "1. Organizational matters:", "(a) Opening of the meeting;",
                "(b) Adoption of the agenda and organization of work.", "5. Adoption of the report.");
        assertThat(first).doesNotContain("1/" + pdf.pages());
        for (int page = 2; page <= pdf.pages(); page++) {
            assertThat(pdf.page(page)).as("page %d", page).startsWith("CTOC/COP/WG.4/2018/1")
                    .contains(page + "/" + pdf.pages());
        }
        String annex = pdf.page(pdf.pages());
        assertThat(annex).contains("Annex", "Proposed organization of work", "Date and time Agenda item Title or description",
                "Monday, 2 July", "10 a.m.–1 p.m. 1 (a) Opening of the meeting", "Tuesday, 3 July", "(continued)");
        assertThat(pdf.page(pdf.pages() - 1)).doesNotContain("Proposed organization of work");
    }

    @Test
    void aLongNewYorkDocumentWithAJobNumberRepeatsTheTableHeadAndShowsTheJobFurniture(@TempDir Path dir)
            throws Exception {
        Meeting demanding = DemandingMeeting.meeting();
        Meeting newYork = demanding.withDetails(demanding.details().toBuilder().dutyStation(DutyStation.NEW_YORK)
                .jobNumber("26-00248").build());
        Rendered pdf = render(newYork, dir);

        assertThat(pdf.width()).isCloseTo(612.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(pdf.height()).isCloseTo(792.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(pdf.pages()).isBetween(4, 8);
        assertThat(pdf.page(1)).contains("26-00248 (E) 200326", "*2600248*", "(i) Chair;",
                "The meeting will be held in Boardroom D.");
        long pagesWithTableHead = pdf.pageTexts().stream()
                .filter(text -> text.contains("Date and time Agenda item Title or description")).count();
        assertThat(pagesWithTableHead).as("the head row repeats on each page of the annex").isGreaterThanOrEqualTo(2);
        for (int page = 2; page <= pdf.pages(); page++) {
            assertThat(pdf.page(page)).as("page %d", page).contains("26-00248", page + "/" + pdf.pages());
        }
    }


    /**
     * A footnote reads as in a UN document: its text starts where the body's paragraphs start, and its number
     * sits just before it (not a centimetre away at the left, as it did when LibreOffice ignored Word's tabs).
     */
    @Test
    void aFootnotesTextLinesUpWithTheBodyAndItsNumberSitsJustBeforeIt(@TempDir Path dir) throws Exception {
        Path pdf = renderToPdf(DemandingMeeting.meeting(), dir);
        List<Word> words = words(run(dir, "pdftotext", "-f", "1", "-l", "1", "-bbox", "-enc", "UTF-8",
                pdf.toString(), "-"));
        Word body = firstWordOfLineWith(words, "opened");
        Word note = firstWordOfLineWith(words, "Boardroom");
        Word number = words.stream().filter(w -> w.text().equals("1") && Math.abs(w.yMin() - note.yMin()) < 3
                && w.xMax() <= note.xMin()).findFirst().orElseThrow(() -> new AssertionError(
                "no footnote number on the line of " + note));

        assertThat(note.xMin()).as("the footnote's text starts where the body's does").isCloseTo(body.xMin(),
                org.assertj.core.data.Offset.offset(1.5));
        assertThat(note.xMin() - number.xMax()).as("room between the number and its text, in points")
                .isBetween(1.0, 12.0);
    }

    private record Word(String text, double xMin, double yMin, double xMax) {
    }

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>");

    private static List<Word> words(String bbox) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(bbox);
        while (m.find()) {
            words.add(new Word(m.group(4), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3))));
        }
        return words;
    }

    /** The leftmost word of the line on which {@code text} is, numbers (a footnote's) left out. */
    private static Word firstWordOfLineWith(List<Word> words, String text) {
        Word anchor = words.stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " is not on the page"));
        return words.stream().filter(w -> Math.abs(w.yMin() - anchor.yMin()) < 3 && !w.text().matches("\\d+"))
                .min(java.util.Comparator.comparingDouble(Word::xMin)).orElseThrow();
    }

    /**
     * The PDF's pages as text: {@code pageTexts} in layout order (a table row stays on one line, as a reader
     * scans it), {@code flowTexts} in reading order of each text block (a wrapped masthead cell reads on).
     */
    private record Rendered(int pages, double width, double height, List<String> pageTexts, List<String> flowTexts) {
        String page(int number) {
            return pageTexts.get(number - 1);
        }

        String flow(int number) {
            return flowTexts.get(number - 1);
        }
    }

    private static Rendered render(Meeting meeting, Path dir) throws Exception {
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

    private static Path renderToPdf(Meeting meeting, Path dir) throws Exception {
        Path docx = dir.resolve("export.docx");
        WordExport.export(meeting, docx, ExportOptions.DEFAULT);
        Path profile = Files.createDirectory(dir.resolve("profile"));
        run(dir, soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), docx.toString());
        Path pdf = dir.resolve("export.pdf");
        assertThat(pdf).as("LibreOffice converted the export").exists();
        return pdf;
    }

    private static List<String> pages(String text, int count) {
        List<String> pages = new ArrayList<>();
        for (String page : text.split("\f", -1)) {
            pages.add(page.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip());
        }
        return pages.subList(0, count);
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
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
