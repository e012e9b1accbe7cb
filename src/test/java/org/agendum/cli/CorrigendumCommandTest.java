package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.agendum.edit.RenameItem;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFiles;
import org.agendum.io.AtomicFileWriter;
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

/**
 * {@code agendum corrigendum OLD NEW -o CORR.docx}: the sample with a renamed item and a corrected sentence; and
 * {@code agendum corrigendum FILE -o CORR.docx} against FILE's issued versions.
 */
class CorrigendumCommandTest {
    private static final String SYMBOL = "CTOC/COP/WG.4/2018/1";

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

    @Test
    void writesCorr1WithAnInstructionPerChangeAndTheirKeywordsInItalics() throws Exception {
        Path out = folder.resolve("corr.docx");
        CliRun run = CliRun.of("corrigendum", issued.toString(), corrected.toString(), "-o", out.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Wrote " + SYMBOL + "/Corr.1 (2 instructions)", out.toString());
        String header = CliRun.wordParts(out, "word/header1.xml");
        assertThat(header).contains(SYMBOL + "/Corr.1");
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(out))) {
            List<String> lines = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(line -> !line.isBlank()).map(String::strip).toList();
            assertThat(lines).containsSubsequence("Annotated provisional agenda", "Corrigendum",
                    "Item 1 (b), paragraph 2, first sentence",
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
        CliRun run = CliRun.of("corrigendum", issued.toString(), issued.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err()).contains("there is nothing to correct");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMeetingFileAsTheOutputIsRefusedBeforeAnythingIsRead() throws Exception {
        byte[] before = Files.readAllBytes(issued);
        CliRun run = CliRun.of("corrigendum", issued.toString(), corrected.toString(), "-o", issued.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readAllBytes(issued)).isEqualTo(before);
    }

    // ---- one FILE, against its own issued versions (File > Export Corrigendum...) -------------------------------

    /** {@code corrected}: its history says the sample was issued; its meeting has the two corrections since. */
    @Test
    void oneFileGivesCorr1FromTheChangesSinceTheLastIssueAndRecordsIt() throws Exception {
        Path out = folder.resolve("corr.docx");

        CliRun run = CliRun.of("corrigendum", corrected.toString(), "-o", out.toString(), "--date", "2018-04-20");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).containsExactly(
                "Wrote " + SYMBOL + "/Corr.1 (2 instructions) in " + out.toAbsolutePath().normalize(),
                "Recorded in " + corrected + ": " + SYMBOL + "/Corr.1, issued 20 April 2018 (corrigendum).");
        assertThat(CliRun.wordParts(out, "word/header1.xml")).contains(SYMBOL + "/Corr.1");
        assertThat(paragraphs(out)).containsSubsequence("Corrigendum", "Item 1 (b), paragraph 2, first sentence", "Item 4, title",
                "For \u201cOther matters\u201d read \u201cOther matters and closing\u201d");
        assertThat(CliRun.of("history", corrected.toString()).out().lines()).containsExactly(
                SYMBOL + "\t9 April 2018\toriginal",
                SYMBOL + "/Corr.1\t20 April 2018\tcorrigendum");
    }

    @Test
    void theNextCorrigendumSaysOnlyWhatChangedSinceTheLastAndIsCorr2() throws Exception {
        CliRun.of("corrigendum", corrected.toString(), "-o", folder.resolve("corr1.docx").toString());
        CliRun.editInTheWindow(corrected, new RenameItem(TestMeetings.idOf(MeetingFiles.load(corrected),
                "Adoption of the report"), "Adoption of the final report"));
        Path out = folder.resolve("corr2.docx");

        CliRun run = CliRun.of("corrigendum", corrected.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Wrote " + SYMBOL + "/Corr.2 (1 instruction)", "(corrigendum)");
        assertThat(paragraphs(out)).contains("Item 5, title").doesNotContain("Item 4, title");

        CliRun againstTheOriginal = CliRun.of("corrigendum", corrected.toString(), "--against", SYMBOL, "--no-record", "-o",
                folder.resolve("all.docx").toString());
        assertThat(againstTheOriginal.out()).contains("Wrote " + SYMBOL + "/Corr.3 (3 instructions)");
    }

    @Test
    void nothingChangedSinceTheIssueIsRefusedAndNothingIsWrittenOrChanged() throws Exception {
        CliRun.of("corrigendum", corrected.toString(), "-o", folder.resolve("corr1.docx").toString());
        byte[] before = Files.readAllBytes(corrected);
        Path out = folder.resolve("corr2.docx");

        CliRun run = CliRun.of("corrigendum", corrected.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err()).isEqualTo("agendum: Nothing has changed in " + corrected + " since " + SYMBOL
                + "/Corr.1, issued " + org.agendum.typography.UnDates.date(LocalDate.now())
                + ": there is nothing to correct. Nothing was written.\n");
        assertThat(out).doesNotExist();
        assertThat(corrected).hasBinaryContent(before);
    }

    @Test
    void refusalsLeaveTheFileAsItWasAndWriteNothing() throws Exception {
        byte[] neverIssued = Files.readAllBytes(issued);
        Path out = folder.resolve("corr.docx");

        CliRun noHistory = CliRun.of("corrigendum", issued.toString(), "-o", out.toString());
        assertThat(noHistory.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(noHistory.err()).contains(issued + " has no issued version yet");
        assertThat(issued).hasBinaryContent(neverIssued);

        byte[] before = Files.readAllBytes(corrected);
        CliRun badSymbol = CliRun.of("corrigendum", corrected.toString(), "--against", SYMBOL + "/Rev.1", "-o",
                out.toString());
        assertThat(badSymbol.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badSymbol.err()).contains("has no version issued as " + SYMBOL + "/Rev.1");
        CliRun badDate = CliRun.of("corrigendum", corrected.toString(), "--date", "2018-13-01", "-o", out.toString());
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err()).contains("is not a date");
        CliRun twoFilesAgainst = CliRun.of("corrigendum", issued.toString(), corrected.toString(), "--against", "1", "-o",
                out.toString());
        assertThat(twoFilesAgainst.exitCode()).isEqualTo(ExitCodes.USAGE);

        LockFiles.write(corrected, new LockOwner("maria", "LAPTOP-7", 4242, java.time.Instant.now()),
                AtomicFileWriter.Disk.REAL);
        CliRun locked = CliRun.of("corrigendum", corrected.toString(), "-o", out.toString());
        assertThat(locked.exitCode()).isEqualTo(ExitCodes.UNWRITABLE);
        assertThat(locked.err()).contains(corrected + " is open in Agendum (maria on LAPTOP-7)");

        assertThat(out).doesNotExist();
        assertThat(corrected).hasBinaryContent(before);
    }

    @Test
    void noRecordWritesTheCorrigendumAndLeavesTheFileAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(corrected);
        Path out = folder.resolve("corr.docx");

        CliRun run = CliRun.of("corrigendum", corrected.toString(), "--no-record", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Wrote " + SYMBOL + "/Corr.1", "Not recorded in " + corrected);
        assertThat(out).isNotEmptyFile();
        assertThat(corrected).hasBinaryContent(before);
    }

    private static List<String> paragraphs(Path docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).filter(line -> !line.isBlank())
                    .map(String::strip).toList();
        }
    }
}
