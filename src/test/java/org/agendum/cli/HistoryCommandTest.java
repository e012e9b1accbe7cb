package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.agendum.edit.IssueVersion;
import org.agendum.file.MeetingFiles;
import org.agendum.model.IssueKind;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agendum history FILE}: the issued versions, one per line (issue 19). */
class HistoryCommandTest {

    @TempDir
    Path folder;

    @Test
    void listsEachIssuedVersionWithItsSymbolDateAndKind() throws Exception {
        Meeting once = new IssueVersion("CTOC/COP/WG.4/2018/1", LocalDate.of(2018, 4, 9), IssueKind.ORIGINAL)
                .apply(TestMeetings.sample());
        Meeting twice = new IssueVersion("CTOC/COP/WG.4/2018/1/Rev.1", LocalDate.of(2018, 5, 2), IssueKind.REVISION)
                .apply(once);
        Path file = folder.resolve("wg4.agendum");
        MeetingFiles.save(twice, file);

        CliRun run = CliRun.of("history", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly(
                "CTOC/COP/WG.4/2018/1\t9 April 2018\toriginal",
                "CTOC/COP/WG.4/2018/1/Rev.1\t2 May 2018\trevision");
    }

    @Test
    void aFileWithoutHistorySaysSo() throws Exception {
        Path file = folder.resolve("wg4.agendum");
        MeetingFiles.save(TestMeetings.sample(), file);

        CliRun run = CliRun.of("history", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo(file + ": no issued versions yet (File > Issue... in the window records the "
                + "meeting as issued).\n");
    }

    @Test
    void aFileThatCannotBeReadIsReportedOnStandardError() throws Exception {
        Path file = folder.resolve("broken.agendum");
        Files.writeString(file, "{\"format\": \"agendum-meeting\"", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("history", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(file.toString());
    }

    @Test
    void isACommandTheLauncherKnows() {
        assertThat(AgendumCli.isCommandName("history")).isTrue();
    }
}
