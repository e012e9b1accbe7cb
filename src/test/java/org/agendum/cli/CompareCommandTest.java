package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.edit.RenameItem;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFiles;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agendum compare OLD NEW -o CHANGES.docx}, and {@code agendum compare FILE -o REV.docx} against FILE's issued
 * versions, run in process (issue 19).
 */
class CompareCommandTest {

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

    @Test
    void writesTheNewVersionWithTheChangesTrackedAndSaysWhere() throws Exception {
        Path out = folder.resolve("changes.docx");
        CliRun run = CliRun.of("compare", issued.toString(), current.toString(), "-o", out.toString(), "--author", "M. Officer");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Wrote the changes from " + issued + " to " + current, out.toString());
        String body = CliRun.wordParts(out, "word/document.xml");
        assertThat(body).contains("w:author=\"M. Officer\"", "<w:delText xml:space=\"preserve\"> and organization of "
                + "work</w:delText>");
    }

    @Test
    void aFileThatIsNotAMeetingIsRefusedInOneSentenceAndNothingIsWritten() throws Exception {
        Path broken = folder.resolve("broken.agendum");
        Files.writeString(broken, "{ not a meeting");
        Path out = folder.resolve("changes.docx");
        CliRun run = CliRun.of("compare", issued.toString(), broken.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err().lines().toList()).hasSize(1).first().asString().startsWith(broken.toString());
        assertThat(out).doesNotExist();
    }

    @Test
    void aMeetingFileAsTheOutputIsAUsageErrorAndBothMeetingsStay() throws Exception {
        byte[] before = Files.readAllBytes(issued);
        CliRun run = CliRun.of("compare", issued.toString(), current.toString(), "-o", issued.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Nothing was written.");
        assertThat(Files.readAllBytes(issued)).isEqualTo(before);
    }

    @Test
    void aMeetingWithErrorsIsRefusedUnlessForced() throws Exception {
        Meeting sample = TestMeetings.sample();
        MeetingFiles.save(sample.withDetails(sample.details().toBuilder().symbol("").build()), current);
        Path out = folder.resolve("changes.docx");

        CliRun refused = CliRun.of("compare", issued.toString(), current.toString(), "-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(refused.err()).contains(current + ": error: The document symbol", "nothing was written");
        assertThat(out).doesNotExist();

        CliRun forced = CliRun.of("compare", issued.toString(), current.toString(), "-o", out.toString(), "--force");
        assertThat(forced.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(out).isNotEmptyFile();
    }

    @Test
    void theRevisionSymbolIsTheMastheadsAndNotMarked() throws Exception {
        Path out = folder.resolve("rev1.docx");
        CliRun run = CliRun.of("compare", issued.toString(), current.toString(), "-o", out.toString(), "--revision-symbol",
                "CTOC/COP/WG.4/2018/1/Rev.1");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        String headers = CliRun.wordParts(out, "word/header");
        assertThat(headers).contains(">CTOC/COP/WG.4/2018/1/Rev.1<").doesNotContain("<w:del ");
        assertThat(CliRun.wordParts(out, "word/document.xml")).contains("<w:del ");
    }

    @Test
    void theCommandIsListedInTheHelp() {
        assertThat(CliRun.of("--help").out()).contains("compare");
    }

    // ---- one FILE, against its own issued versions (File > Export Revision...) ----------------------------------

    private static final String SYMBOL = "CTOC/COP/WG.4/2018/1";

    /** The sample issued on 9 April 2018, then item 1 (b) renamed as in {@link #saveTwoVersions}. */
    private Path issuedThenEdited() throws Exception {
        Path file = folder.resolve("wg4.agendum");
        MeetingFiles.save(TestMeetings.sample(), file);
        assertThat(CliRun.of("issue", file.toString(), "--date", "2018-04-09").exitCode()).isEqualTo(ExitCodes.OK);
        CliRun.editInTheWindow(file, new RenameItem(new ItemId("item-1b"), "Adoption of the agenda"));
        return file;
    }

    @Test
    void oneFileGivesTheNextRevisionTrackedAgainstTheLastIssuedVersionAndRecordsIt() throws Exception {
        Path file = issuedThenEdited();
        Meeting edited = MeetingFiles.load(file);
        Path out = folder.resolve("rev1.docx");

        CliRun run = CliRun.of("compare", file.toString(), "-o", out.toString(), "--date", "2018-05-02");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).containsExactly(
                "Wrote " + SYMBOL + "/Rev.1 with the changes since " + SYMBOL + ", issued 9 April 2018, tracked, in "
                        + out.toAbsolutePath().normalize(),
                "Recorded in " + file + ": " + SYMBOL + "/Rev.1, issued 2 May 2018 (revision).");
        assertThat(CliRun.wordParts(out, "word/header")).contains(">" + SYMBOL + "/Rev.1<").doesNotContain("<w:del ");
        assertThat(CliRun.wordParts(out, "word/document.xml")).contains("<w:delText xml:space=\"preserve\"> and organization of "
                + "work</w:delText>");
        assertThat(CliRun.of("history", file.toString()).out().lines()).containsExactly(
                SYMBOL + "\t9 April 2018\toriginal",
                SYMBOL + "/Rev.1\t2 May 2018\trevision");
        assertThat(MeetingFiles.load(file).issued().get(1).meeting()).as("the meeting exported")
                .isEqualTo(edited.withoutIssued());
    }

    @Test
    void cleanGivesTheRevisedTextWithoutMarks() throws Exception {
        Path file = issuedThenEdited();
        Path out = folder.resolve("rev1.docx");

        CliRun run = CliRun.of("compare", file.toString(), "--clean", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Wrote " + SYMBOL + "/Rev.1, clean, in ", "(revision)");
        assertThat(CliRun.wordParts(out, "word/document.xml")).doesNotContain("<w:del ", "<w:ins ").contains("Adoption of the agenda<");
        assertThat(CliRun.wordParts(out, "word/header")).contains(">" + SYMBOL + "/Rev.1<");
    }

    /** File ▸ Export Revision…'s reissue: the same symbol with its asterisk, the note of the day, recorded. */
    @Test
    void reissueKeepsTheSymbolAndDateAndAddsTheAsteriskAndItsNote() throws Exception {
        Path file = issuedThenEdited();
        Path out = folder.resolve("reissue.docx");

        CliRun run = CliRun.of("compare", file.toString(), "--reissue", "--date", "2018-04-17", "-o", out.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).containsExactly(
                "Wrote " + SYMBOL + "* reissued for technical reasons on 17 April 2018 in "
                        + out.toAbsolutePath().normalize(),
                "Recorded in " + file + ": " + SYMBOL + ", issued 17 April 2018 (reissue).");
        assertThat(CliRun.wordParts(out, "word/header1")).contains(">" + SYMBOL + "*<").contains("9 April 2018");
        assertThat(CliRun.wordParts(out, "word/footnotes")).contains("Reissued for technical reasons on 17 April 2018.");
        assertThat(CliRun.wordParts(out, "word/document.xml")).doesNotContain("<w:del ", "<w:ins ")
                .contains("Adoption of the agenda<");
        assertThat(CliRun.of("history", file.toString()).out().lines()).containsExactly(
                SYMBOL + "\t9 April 2018\toriginal", SYMBOL + "\t17 April 2018\treissue");
    }

    @Test
    void reissueGoesWithoutCleanAgainstOrANewSymbol() throws Exception {
        Path file = issuedThenEdited();
        byte[] before = Files.readAllBytes(file);
        Path out = folder.resolve("reissue.docx");

        CliRun run = CliRun.of("compare", file.toString(), "--reissue", "--clean", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--reissue keeps the document's own symbol");
        assertThat(out).doesNotExist();
        assertThat(file).hasBinaryContent(before);
    }

    @Test
    void noRecordWritesTheRevisionAndLeavesTheFileAsItWas() throws Exception {
        Path file = issuedThenEdited();
        byte[] before = Files.readAllBytes(file);
        Path out = folder.resolve("rev1.docx");

        CliRun run = CliRun.of("compare", file.toString(), "--no-record", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Not recorded in " + file + " as issued (--no-record): the file is unchanged.");
        assertThat(out).isNotEmptyFile();
        assertThat(file).hasBinaryContent(before);
    }

    @Test
    void theRevisionSymbolAndTheVersionComparedWithCanBeChosen() throws Exception {
        Path file = issuedThenEdited();
        CliRun.of("compare", file.toString(), "-o", folder.resolve("rev1.docx").toString(), "--date", "2018-05-02");
        Path out = folder.resolve("rev2.docx");

        CliRun run = CliRun.of("compare", file.toString(), "--against", "1", "--revision-symbol", SYMBOL + "/Rev.2*",
                "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Wrote " + SYMBOL + "/Rev.2* with the changes since " + SYMBOL + ", issued 9 "
                + "April 2018, tracked");
        assertThat(CliRun.wordParts(out, "word/document.xml")).as("tracked against the original: the rename shows")
                .contains("> and organization of work</w:delText>");
        assertThat(MeetingFiles.load(file).issued()).extracting(IssuedVersion::symbol, IssuedVersion::kind)
                .last().isEqualTo(org.assertj.core.groups.Tuple.tuple(SYMBOL + "/Rev.2*", IssueKind.REVISION));
    }

    @Test
    void oneFileNeverIssuedIsRefusedAndNothingIsWrittenOrChanged() throws Exception {
        byte[] before = Files.readAllBytes(current);
        Path out = folder.resolve("rev1.docx");

        CliRun run = CliRun.of("compare", current.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err()).contains(current + " has no issued version yet");
        assertThat(out).doesNotExist();
        assertThat(current).hasBinaryContent(before);
    }

    @Test
    void aFileOpenInAgendumIsRefusedBeforeAnythingIsWrittenUnlessNotRecorded() throws Exception {
        Path file = issuedThenEdited();
        LockFiles.write(file, new LockOwner("maria", "LAPTOP-7", 4242, java.time.Instant.now()),
                AtomicFileWriter.Disk.REAL);
        byte[] before = Files.readAllBytes(file);
        Path out = folder.resolve("rev1.docx");

        CliRun refused = CliRun.of("compare", file.toString(), "-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.UNWRITABLE);
        assertThat(refused.err()).contains(file + " is open in Agendum (maria on LAPTOP-7)");
        assertThat(out).doesNotExist();
        assertThat(file).hasBinaryContent(before);

        CliRun notRecorded = CliRun.of("compare", file.toString(), "--no-record", "-o", out.toString());
        assertThat(notRecorded.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(out).isNotEmptyFile();
        assertThat(file).hasBinaryContent(before);
    }

    @Test
    void aVersionTheFileDoesNotHaveIsAUsageErrorAndNothingIsWritten() throws Exception {
        Path file = issuedThenEdited();
        byte[] before = Files.readAllBytes(file);
        Path out = folder.resolve("rev1.docx");

        CliRun run = CliRun.of("compare", file.toString(), "--against", "2", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("has no issued version 2: the one issued version is 1 " + SYMBOL);
        assertThat(out).doesNotExist();
        assertThat(file).hasBinaryContent(before);
    }

    @Test
    void theOneFileOptionsAreUsageErrorsWithTwoFiles() {
        Path out = folder.resolve("changes.docx");
        for (String option : new String[] {"--clean", "--against=1"}) {
            CliRun run = CliRun.of("compare", issued.toString(), current.toString(), option, "-o", out.toString());
            assertThat(run.exitCode()).as(option).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(option).contains("goes with one FILE");
        }
        assertThat(CliRun.of("compare", issued.toString(), "--clean", "--against", "1", "-o", out.toString())
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun dateWithoutSymbol = CliRun.of("compare", issued.toString(), current.toString(), "--date", "2018-05-02",
                "-o", out.toString());
        assertThat(dateWithoutSymbol.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(dateWithoutSymbol.err()).contains("give its --revision-symbol too");
        assertThat(out).doesNotExist();
    }

    @Test
    void anEmptyRevisionSymbolOrABadDateIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = issuedThenEdited();
        byte[] before = Files.readAllBytes(file);
        Path out = folder.resolve("rev1.docx");

        CliRun emptySymbol = CliRun.of("compare", file.toString(), "--revision-symbol", " ", "-o", out.toString());
        CliRun badDate = CliRun.of("compare", file.toString(), "--date", "2018-04-31", "-o", out.toString());

        assertThat(emptySymbol.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(emptySymbol.err()).contains("needs its document symbol", "Nothing was changed");
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err()).contains("2018-04-31 is not a date");
        assertThat(out).doesNotExist();
        assertThat(file).hasBinaryContent(before);
    }
}
