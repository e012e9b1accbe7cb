package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.edit.RenameItem;
import org.agendum.file.MeetingFiles;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's "done when", on the command line only: the built-in sample issued, changed, its changes seen, its Rev.1
 * exported with tracked changes and its Corr.1, all from the history inside the one file.
 */
class IssuedHistoryEndToEndTest {
    private static final String SYMBOL = "CTOC/COP/WG.4/2018/1";

    @TempDir
    Path folder;

    @Test
    void issueChangeSeeWhatChangedThenRev1AndCorr1FromTheOneFile() throws Exception {
        Path file = folder.resolve("wg4.agendum");
        MeetingFiles.save(SampleMeeting.load(), file);

        CliRun issue = CliRun.of("issue", file.toString(), "--date", "2018-04-09");
        assertThat(issue.out()).isEqualTo("Recorded in " + file + ": " + SYMBOL + ", issued 9 April 2018 "
                + "(original).\n");

        rename(file, "Other matters", "Other matters and closing");
        CliRun changes = CliRun.of("changes", file.toString());
        assertThat(changes.out().lines()).containsExactly(
                "Item 4 renamed: \u201cOther matters\u201d \u2192 \u201cOther matters and closing\u201d");

        Path rev1 = folder.resolve("rev1.docx");
        CliRun compare = CliRun.of("compare", file.toString(), "-o", rev1.toString(), "--date", "2018-05-02");
        assertThat(compare.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(compare.out()).contains("Wrote " + SYMBOL + "/Rev.1 with the changes since " + SYMBOL,
                "Recorded in " + file + ": " + SYMBOL + "/Rev.1, issued 2 May 2018 (revision).");
        assertThat(CliRun.wordParts(rev1, "word/document.xml")).contains("<w:ins ", "and closing");
        assertThat(CliRun.of("changes", file.toString()).out()).as("nothing since the revision")
                .isEqualTo(file + ": no changes since " + SYMBOL + "/Rev.1, issued 2 May 2018.\n");

        rename(file, "Adoption of the report", "Adoption of the final report");
        Path corr1 = folder.resolve("corr1.docx");
        CliRun corrigendum = CliRun.of("corrigendum", file.toString(), "-o", corr1.toString(), "--date",
                "2018-05-10");
        assertThat(corrigendum.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(corrigendum.out().lines()).containsExactly(
                "Wrote " + SYMBOL + "/Rev.1/Corr.1 (1 instruction) in " + corr1.toAbsolutePath().normalize(),
                "Recorded in " + file + ": " + SYMBOL + "/Rev.1/Corr.1, issued 10 May 2018 (corrigendum).");
        assertThat(CliRun.wordParts(corr1, "word/document.xml")).contains("Adoption of the final report")
                .doesNotContain("Other matters and closing");

        assertThat(CliRun.of("history", file.toString()).out().lines()).containsExactly(
                SYMBOL + "\t9 April 2018\toriginal",
                SYMBOL + "/Rev.1\t2 May 2018\trevision",
                SYMBOL + "/Rev.1/Corr.1\t10 May 2018\tcorrigendum");
        assertThat(CliRun.of("changes", file.toString(), "--against", "1").out().lines()).containsExactly(
                "Item 4 renamed: \u201cOther matters\u201d \u2192 \u201cOther matters and closing\u201d",
                "Item 5 renamed: \u201cAdoption of the report\u201d \u2192 \u201cAdoption of the final report\u201d");
    }

    private static void rename(Path file, String title, String newTitle) throws Exception {
        Meeting meeting = MeetingFiles.load(file);
        CliRun.editInTheWindow(file, new RenameItem(TestMeetings.idOf(meeting, title), newTitle));
    }
}
