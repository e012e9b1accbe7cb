package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFiles;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.agendum.typography.UnDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code agendum issue FILE}: File ▸ Issue… on the command line (issue 19). */
class IssueCommandTest {
    private static final String SYMBOL = "CTOC/COP/WG.4/2018/1";

    @TempDir
    Path folder;
    private Path file;

    @BeforeEach
    void saveTheSample() throws Exception {
        file = folder.resolve("wg4.agendum");
        MeetingFiles.save(TestMeetings.sample(), file);
    }

    @Test
    void theFirstIssueIsTheOriginalUnderTheMeetingsSymbolAndTheFileKeepsIt() throws Exception {
        byte[] before = Files.readAllBytes(file);

        CliRun run = CliRun.of("issue", file.toString(), "--date", "2018-04-09");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("Recorded in " + file + ": " + SYMBOL + ", issued 9 April 2018 (original).\n");
        assertThat(CliRun.of("history", file.toString()).out().lines())
                .containsExactly(SYMBOL + "\t9 April 2018\toriginal");
        Meeting saved = MeetingFiles.load(file);
        IssuedVersion version = saved.issued().get(0);
        assertThat(version.meeting()).as("the meeting as it was issued").isEqualTo(TestMeetings.sample());
        assertThat(MeetingFiles.backupOf(file)).as("saved as the window saves: the previous file kept")
                .hasBinaryContent(before);
    }

    @Test
    void theNextIssueIsTheNextRevisionAsTheIssueDialogProposes() {
        CliRun.of("issue", file.toString(), "--date", "2018-04-09");
        CliRun second = CliRun.of("issue", file.toString(), "--date", "2018-05-02");

        assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).contains(SYMBOL + "/Rev.1, issued 2 May 2018 (revision)");
        assertThat(CliRun.of("history", file.toString()).out().lines()).containsExactly(
                SYMBOL + "\t9 April 2018\toriginal",
                SYMBOL + "/Rev.1\t2 May 2018\trevision");
    }

    @Test
    void theSymbolCanBeGivenAndTheDateIsTodayByDefault() throws Exception {
        CliRun run = CliRun.of("issue", file.toString(), "--symbol", "CTOC/COP/WG.4/2018/1*");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("CTOC/COP/WG.4/2018/1*, issued " + UnDates.date(LocalDate.now()));
        assertThat(MeetingFiles.load(file).issued()).extracting(IssuedVersion::symbol, IssuedVersion::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CTOC/COP/WG.4/2018/1*", IssueKind.ORIGINAL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-02-30", "09/04/2018", "tomorrow", ""})
    void aDateThatIsNotOneIsAUsageErrorAndTheFileIsUnchanged(String date) throws Exception {
        byte[] before = Files.readAllBytes(file);

        CliRun run = CliRun.of("issue", file.toString(), "--date", date);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is not a date: give it as YYYY-MM-DD");
        assertThat(run.out()).isEmpty();
        assertThat(file).hasBinaryContent(before);
        assertThat(MeetingFiles.backupOf(file)).doesNotExist();
    }

    @Test
    void aDateAsTheWindowWritesItIsTaken() throws Exception {
        CliRun run = CliRun.of("issue", file.toString(), "--date", "9 April 2018");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(MeetingFiles.load(file).issued().get(0).date()).isEqualTo(LocalDate.of(2018, 4, 9));
    }

    @Test
    void anEmptySymbolIsRefusedAndTheFileIsUnchanged() throws Exception {
        byte[] before = Files.readAllBytes(file);

        CliRun run = CliRun.of("issue", file.toString(), "--symbol", "  ");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("needs its document symbol", "Nothing was changed");
        assertThat(file).hasBinaryContent(before);
    }

    @Test
    void aFileOpenInAgendumElsewhereIsRefusedNamingWhoAndTheFileIsUnchanged() throws Exception {
        LockFiles.write(file, new LockOwner("maria", "LAPTOP-7", 4242, Instant.now()), AtomicFileWriter.Disk.REAL);
        byte[] before = Files.readAllBytes(file);

        CliRun run = CliRun.of("issue", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNWRITABLE);
        assertThat(run.err()).isEqualTo("agendum: " + file + " is open in Agendum (maria on LAPTOP-7): close it "
                + "there, or do it in that window; nothing was changed.\n");
        assertThat(run.out()).isEmpty();
        assertThat(file).hasBinaryContent(before);
        assertThat(MeetingFiles.backupOf(file)).doesNotExist();
    }

    @Test
    void aLockLeftByACrashOnThisComputerDoesNotStopIt() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        LockFiles.write(file, LockOwner.thisProcess(ended.pid(), Instant.now()), AtomicFileWriter.Disk.REAL);

        CliRun run = CliRun.of("issue", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(MeetingFiles.load(file).issued()).hasSize(1);
    }

    @Test
    void aMalformedFileIsReportedAndLeftAsItWas() throws Exception {
        Files.writeString(file, "{\"format\": \"agendum-meeting\"", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        CliRun run = CliRun.of("issue", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err()).startsWith(file.toString());
        assertThat(file).hasBinaryContent(before);
        assertThat(MeetingFiles.backupOf(file)).doesNotExist();
    }

    @Test
    void isACommandTheLauncherKnowsAndTheHelpLists() {
        assertThat(AgendumCli.isCommandName("issue")).isTrue();
        assertThat(CliRun.of("--help").out()).contains("issue", "changes");
    }
}
