package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.edit.RenameItem;
import org.agendum.file.MeetingFiles;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agendum changes FILE}: what View ▸ Changes shows, on the command line. The sample issued on 9 April 2018,
 * item 4 renamed, reissued as Rev.1 on 2 May, then item 5 renamed.
 */
class ChangesCommandTest {
    private static final String SYMBOL = "CTOC/COP/WG.4/2018/1";
    private static final String ITEM_4 = "Item 4 renamed: \u201cOther matters\u201d \u2192 \u201cOther matters and "
            + "closing\u201d";
    private static final String ITEM_5 = "Item 5 renamed: \u201cAdoption of the report\u201d \u2192 \u201cAdoption "
            + "of the report of the meeting\u201d";

    @TempDir
    Path folder;
    private Path file;

    @BeforeEach
    void saveTheSample() throws Exception {
        file = folder.resolve("wg4.agendum");
        MeetingFiles.save(TestMeetings.sample(), file);
    }

    private void issueRenameReissueRename() throws Exception {
        CliRun.of("issue", file.toString(), "--date", "2018-04-09");
        rename("Other matters", "Other matters and closing");
        CliRun.of("issue", file.toString(), "--date", "2018-05-02");
        rename("Adoption of the report", "Adoption of the report of the meeting");
    }

    private void rename(String title, String newTitle) throws Exception {
        CliRun.editInTheWindow(file, new RenameItem(TestMeetings.idOf(MeetingFiles.load(file), title), newTitle));
    }

    @Test
    void printsTheChangesSinceTheLastIssuedVersionOneLineEachInTheWindowsWords() throws Exception {
        issueRenameReissueRename();

        CliRun run = CliRun.of("changes", file.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).containsExactly(ITEM_5);
    }

    @Test
    void againstAnEarlierVersionByItsNumberOrItsSymbol() throws Exception {
        issueRenameReissueRename();

        CliRun byNumber = CliRun.of("changes", file.toString(), "--against", "1");
        CliRun bySymbol = CliRun.of("changes", file.toString(), "--against", SYMBOL);
        CliRun byRevision = CliRun.of("changes", file.toString(), "--against", SYMBOL + "/Rev.1");

        assertThat(byNumber.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(byNumber.out().lines()).containsExactly(ITEM_4, ITEM_5);
        assertThat(bySymbol.out()).isEqualTo(byNumber.out());
        assertThat(byRevision.out().lines()).containsExactly(ITEM_5);
    }

    @Test
    void nothingChangedSinceTheIssueIsSaidWithTheVersion() {
        CliRun.of("issue", file.toString(), "--date", "2018-04-09");

        CliRun run = CliRun.of("changes", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo(file + ": no changes since " + SYMBOL + ", issued 9 April 2018.\n");
    }

    @Test
    void aFileNeverIssuedHasNothingToCompareWithAndSaysSo() {
        CliRun run = CliRun.of("changes", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("agendum: " + file + " has no issued version yet: there is nothing to "
                + "compare with. Record the circulated version first (agendum issue " + file + ", or File > Issue... "
                + "in the window).\n");
    }

    @Test
    void aNumberOrSymbolTheFileDoesNotHaveIsAUsageErrorThatListsTheVersions() throws Exception {
        issueRenameReissueRename();

        CliRun number = CliRun.of("changes", file.toString(), "--against", "3");
        CliRun zero = CliRun.of("changes", file.toString(), "--against", "0");
        CliRun symbol = CliRun.of("changes", file.toString(), "--against", SYMBOL + "/Rev.7");

        assertThat(number.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(number.err()).isEqualTo("agendum: " + file + " has no issued version 3: the issued versions are 1 "
                + SYMBOL + " (9 April 2018) and 2 " + SYMBOL + "/Rev.1 (2 May 2018); give one of these numbers or "
                + "symbols (agendum history lists them).\n");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(symbol.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(symbol.err()).contains("has no version issued as " + SYMBOL + "/Rev.7");
        assertThat(number.out() + zero.out() + symbol.out()).isEmpty();
    }

    @Test
    void againstAnotherMeetingFile() throws Exception {
        Path old = folder.resolve("old.agendum");
        Files.copy(file, old);
        rename("Other matters", "Other matters and closing");

        CliRun run = CliRun.of("changes", file.toString(), "--against-file", old.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).containsExactly(ITEM_4);
        assertThat(CliRun.of("changes", file.toString(), "--against-file", file.toString()).out())
                .isEqualTo(file + ": no changes since " + file + ".\n");
    }

    @Test
    void againstAndAgainstFileTogetherAreAUsageError() {
        CliRun run = CliRun.of("changes", file.toString(), "--against", "1", "--against-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--against and --against-file cannot be given together");
    }

    @Test
    void aFileThatCannotBeReadIsReportedOnStandardError() throws Exception {
        Path broken = folder.resolve("broken.agendum");
        Files.writeString(broken, "{ not a meeting");

        CliRun run = CliRun.of("changes", broken.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err()).startsWith(broken.toString());
    }

    @Test
    void isACommandTheLauncherKnows() {
        assertThat(AgendumCli.isCommandName("changes")).isTrue();
    }
}
