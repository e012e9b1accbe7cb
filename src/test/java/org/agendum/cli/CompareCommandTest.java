package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.agendum.file.MeetingFiles;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code agendum compare OLD NEW -o CHANGES.docx}, run in process (issue 19). */
class CompareCommandTest {
    private record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path folder;
    private Path issued;
    private Path current;

    @BeforeEach
    void saveTwoVersions() throws Exception {
        Meeting sample = TestMeetings.sample();
        issued = folder.resolve("issued.agendum");
        current = folder.resolve("current.agendum");
        MeetingFiles.save(sample, issued);
        MeetingFiles.save(sample.withAgenda(sample.agenda().replace(new ItemId("item-1b"),
                item -> item.withTitle("Adoption of the agenda"))), current);
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
    void writesTheNewVersionWithTheChangesTrackedAndSaysWhere() throws Exception {
        Path out = folder.resolve("changes.docx");
        Run run = run("compare", issued.toString(), current.toString(), "-o", out.toString(), "--author", "M. Officer");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Wrote the changes from " + issued + " to " + current, out.toString());
        String body = documentXml(out);
        assertThat(body).contains("w:author=\"M. Officer\"", "<w:delText xml:space=\"preserve\"> and organization of "
                + "work</w:delText>");
    }

    @Test
    void aFileThatIsNotAMeetingIsRefusedInOneSentenceAndNothingIsWritten() throws Exception {
        Path broken = folder.resolve("broken.agendum");
        Files.writeString(broken, "{ not a meeting");
        Path out = folder.resolve("changes.docx");
        Run run = run("compare", issued.toString(), broken.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err().lines().toList()).hasSize(1).first().asString().startsWith(broken.toString());
        assertThat(out).doesNotExist();
    }

    @Test
    void aMeetingFileAsTheOutputIsAUsageErrorAndBothMeetingsStay() throws Exception {
        byte[] before = Files.readAllBytes(issued);
        Run run = run("compare", issued.toString(), current.toString(), "-o", issued.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Nothing was written.");
        assertThat(Files.readAllBytes(issued)).isEqualTo(before);
    }

    @Test
    void aMeetingWithErrorsIsRefusedUnlessForced() throws Exception {
        Meeting sample = TestMeetings.sample();
        MeetingFiles.save(sample.withDetails(sample.details().toBuilder().symbol("").build()), current);
        Path out = folder.resolve("changes.docx");

        Run refused = run("compare", issued.toString(), current.toString(), "-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(refused.err()).contains(current + ": error: The document symbol", "nothing was written");
        assertThat(out).doesNotExist();

        Run forced = run("compare", issued.toString(), current.toString(), "-o", out.toString(), "--force");
        assertThat(forced.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(out).isNotEmptyFile();
    }

    @Test
    void theRevisionSymbolIsTheMastheadsAndNotMarked() throws Exception {
        Path out = folder.resolve("rev1.docx");
        Run run = run("compare", issued.toString(), current.toString(), "-o", out.toString(), "--revision-symbol",
                "CTOC/COP/WG.4/2018/1/Rev.1");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        String headers = parts(out, "word/header");
        assertThat(headers).contains(">CTOC/COP/WG.4/2018/1/Rev.1<").doesNotContain("<w:del ");
        assertThat(documentXml(out)).contains("<w:del ");
    }

    @Test
    void theCommandIsListedInTheHelp() {
        assertThat(run("--help").out()).contains("compare");
    }

    private static String parts(Path docx, String prefix) throws Exception {
        StringBuilder xml = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith(prefix)) {
                    xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return xml.toString();
    }

    private static String documentXml(Path docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
