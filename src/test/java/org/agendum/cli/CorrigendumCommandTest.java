package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agendum.file.MeetingFiles;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code agendum corrigendum OLD NEW -o CORR.docx}: the sample with a renamed item and a corrected sentence. */
class CorrigendumCommandTest {
    private static final String SYMBOL = "CTOC/COP/WG.4/2018/1";

    private record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path folder;
    private Path issued;
    private Path corrected;

    /** The sample as issued, and as corrected: item 4 renamed, "2 and 3 July" now "2 to 4 July" in item 1 (b). */
    @BeforeEach
    void saveTwoVersions() throws Exception {
        Meeting sample = TestMeetings.sample();
        issued = folder.resolve("issued.agendum");
        corrected = folder.resolve("corrected.agendum");
        MeetingFiles.save(sample, issued);
        String text = Files.readString(issued)
                .replace("\"Other matters\"", "\"Other matters and closing\"")
                .replace("would be held in Vienna on 2 and 3 July 2018", "would be held in Vienna on 2 to 4 July 2018");
        Files.writeString(corrected, text);
        Meeting now = MeetingFiles.load(corrected);
        MeetingFiles.save(now.withIssued(new IssuedVersion(SYMBOL, LocalDate.of(2018, 4, 9), IssueKind.ORIGINAL,
                sample)), corrected);
    }

    private static Run run(String... args) {
        CommandLine cli = AgendumCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesCorr1WithAnInstructionPerChangeAndTheirKeywordsInItalics() throws Exception {
        Path out = folder.resolve("corr.docx");
        Run run = run("corrigendum", issued.toString(), corrected.toString(), "-o", out.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Wrote " + SYMBOL + "/Corr.1 (2 instructions)", out.toString());
        String header = part(out, "word/header1.xml");
        assertThat(header).contains(SYMBOL + "/Corr.1");
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(out))) {
            List<String> lines = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(line -> !line.isBlank()).map(String::strip).toList();
            assertThat(lines).containsSubsequence("Annotated provisional agenda", "Corrigendum",
                    "Item 1 (b), paragraph 2",
                    "For \u201cVienna on 2 and 3 July 2018. Moreover,\u201d read \u201cVienna on 2 to 4 July 2018. "
                            + "Moreover,\u201d",
                    "Item 4, title",
                    "For \u201cOther matters\u201d read \u201cOther matters and closing\u201d");
            XWPFParagraph forRead = document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("For \u201cOther")).findFirst().orElseThrow();
            assertThat(forRead.getRuns()).filteredOn(XWPFRun::isItalic).extracting(XWPFRun::text)
                    .containsExactly("For", "read");
        }
    }

    @Test
    void twoEqualMeetingsHaveNothingToCorrectAndNothingIsWritten() {
        Path out = folder.resolve("corr.docx");
        Run run = run("corrigendum", issued.toString(), issued.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err()).contains("there is nothing to correct");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMeetingFileAsTheOutputIsRefusedBeforeAnythingIsRead() throws Exception {
        byte[] before = Files.readAllBytes(issued);
        Run run = run("corrigendum", issued.toString(), corrected.toString(), "-o", issued.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readAllBytes(issued)).isEqualTo(before);
    }

    private static String part(Path docx, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in " + docx);
    }
}
