package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.file.MeetingFiles;
import org.agendum.model.OrganizationOfWork;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agendum programme FILE --format ics|xlsx|csv -o OUT}, run in process (issue 20). */
class ProgrammeCommandTest {

    @TempDir
    Path folder;
    private Path meeting;

    @BeforeEach
    void saveTheSample() throws Exception {
        meeting = folder.resolve("wg4.agendum");
        MeetingFiles.save(TestMeetings.sample(), meeting);
    }

    @Test
    void eachFormatIsWrittenAndSaidWhere() throws Exception {
        for (String format : new String[] {"ics", "xlsx", "csv"}) {
            Path out = folder.resolve("programme." + format);
            CliRun run = CliRun.of("programme", meeting.toString(), "--format", format, "-o", out.toString());
            assertThat(run.err()).isEmpty();
            assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("Exported the programme of " + meeting, out.toString());
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(Files.readString(folder.resolve("programme.ics"), StandardCharsets.UTF_8))
                .contains("DTSTART;TZID=Europe/Vienna:20180702T100000");
        assertThat(Files.readString(folder.resolve("programme.csv"), StandardCharsets.UTF_8))
                .startsWith("Date,Time,Agenda item");
    }

    @Test
    void theFormatComesFromTheOutputsNameWhenNotGivenAndTheZoneFromTheOption() throws Exception {
        Path out = folder.resolve("tokyo.ics");
        CliRun run = CliRun.of("programme", meeting.toString(), "-o", out.toString(), "--time-zone", "Asia/Tokyo");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("(times in Asia/Tokyo)");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("DTSTART;TZID=Asia/Tokyo:20180702T100000");
    }

    @Test
    void anUnknownFormatIsAUsageErrorAndNothingIsWritten() {
        Path out = folder.resolve("programme.pdf");
        CliRun run = CliRun.of("programme", meeting.toString(), "--format", "pdf", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'pdf' is not a programme format; use ics, xlsx or csv");
        CliRun unnamed = CliRun.of("programme", meeting.toString(), "-o", out.toString());
        assertThat(unnamed.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unnamed.err()).contains("say which format with --format ics, xlsx or csv");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownTimeZoneIsAUsageErrorAndNothingIsWritten() {
        Path out = folder.resolve("programme.ics");
        CliRun run = CliRun.of("programme", meeting.toString(), "-o", out.toString(), "--time-zone", "Mars/Olympus");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("“Mars/Olympus” is not a time zone", "Nothing was written.");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMeetingWithoutOrganizationOfWorkIsRefusedAndAnOldFileKept() throws Exception {
        Path bare = folder.resolve("bare.agendum");
        MeetingFiles.save(TestMeetings.sample().withOrganization(OrganizationOfWork.EMPTY), bare);
        Path out = folder.resolve("programme.csv");
        Files.writeString(out, "old");
        CliRun run = CliRun.of("programme", bare.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err()).contains("no organization of work", "Nothing was written.");
        assertThat(Files.readString(out)).isEqualTo("old");
    }

    @Test
    void anUnwritablePlaceSaysWhyAndLeavesNothing() {
        Path out = folder.resolve("missing-folder").resolve("programme.xlsx");
        CliRun run = CliRun.of("programme", meeting.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNWRITABLE);
        assertThat(run.err()).contains("the programme was not written", "cannot be found");
        assertThat(out.getParent()).doesNotExist();
        CliRun overMeeting = CliRun.of("programme", meeting.toString(), "--format", "csv", "-o", meeting.toString());
        assertThat(overMeeting.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(overMeeting.err()).contains("Nothing was written.");
    }

    @Test
    void theCommandIsListedInTheHelp() {
        CliRun run = CliRun.of("--help");
        assertThat(run.out()).contains("programme");
        assertThat(AgendumCli.isCommandName("programme")).isTrue();
    }
}
