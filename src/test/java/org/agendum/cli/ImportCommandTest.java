package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.file.MeetingFiles;
import org.agendum.file.SampleMeeting;
import org.agendum.model.AgendaItem;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agendum import DOCUMENT -o MEETING.agendum}, run in process with output captured. */
class ImportCommandTest {
    private static final Path REFERENCE = Path.of("..", "shared", "reference", "CTOC_COP_WG.4_2018_1.txt");

    @TempDir
    Path folder;

    private static java.util.List<String> titles(java.util.List<AgendaItem> items) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (AgendaItem item : items) {
            out.add(item.title());
            out.addAll(titles(item.subItems()));
        }
        return out;
    }

    @Test
    void theReferenceTextBecomesAMeetingFileWithTheReportPrinted() throws Exception {
        Path text = folder.resolve("CTOC_COP_WG.4_2018_1.txt");
        Files.copy(REFERENCE, text);

        CliRun run = CliRun.of("import", text.toString(), "-o", folder.resolve("wg4").toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        Path written = folder.resolve("wg4.agendum");
        assertThat(written).exists();
        Meeting meeting = MeetingFiles.load(written);
        Meeting sample = SampleMeeting.load();
        assertThat(titles(meeting.agenda().items())).containsExactlyElementsOf(titles(sample.agenda().items()));
        assertThat(meeting.details().masthead().symbol()).isEqualTo("CTOC/COP/WG.4/2018/1");
        assertThat(run.out()).contains("CTOC_COP_WG.4_2018_1.txt (text): ", " recognized", "Recognized",
                "Imported " + text + " to " + written.toAbsolutePath().normalize());
    }

    @Test
    void anExistingMeetingFileIsNotReplacedWithoutForce() throws Exception {
        Path text = folder.resolve("agenda.txt");
        Files.copy(REFERENCE, text);
        Path existing = folder.resolve("mine.agendum");
        MeetingFiles.save(SampleMeeting.load(), existing);
        byte[] before = Files.readAllBytes(existing);

        CliRun refused = CliRun.of("import", text.toString(), "-o", existing.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("exists; nothing was written", "--force");
        assertThat(Files.readAllBytes(existing)).isEqualTo(before);

        CliRun forced = CliRun.of("import", text.toString(), "-o", existing.toString(), "--force");

        assertThat(forced.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(MeetingFiles.backupOf(existing)).exists();
    }

    @Test
    void aDocumentThatIsNotAnAgendaIsRefusedAndNothingIsWritten() throws Exception {
        Path prose = folder.resolve("letter.txt");
        Files.writeString(prose, "Dear colleagues,\n\nThank you for your letter of 3 March.\n\nYours sincerely,\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("import", prose.toString(), "-o", folder.resolve("out.agendum").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err()).startsWith("agendum: ").contains("letter.txt");
        assertThat(folder.resolve("out.agendum")).doesNotExist();
    }

    @Test
    void theMeetingNeverReplacesTheDocumentItComesFrom() throws Exception {
        Path text = folder.resolve("agenda.agendum");
        Files.copy(REFERENCE, text);

        CliRun run = CliRun.of("import", text.toString(), "-o", text.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readAllBytes(text)).isEqualTo(Files.readAllBytes(REFERENCE));
    }

    @Test
    void quietPrintsOnlyTheSummaryAndWhatWasNotPlaced() throws Exception {
        Path text = folder.resolve("CTOC_COP_WG.4_2018_1.txt");
        Files.copy(REFERENCE, text);

        CliRun run = CliRun.of("import", "--quiet", text.toString(), "-o", folder.resolve("q.agendum").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).doesNotContain("Recognized (").contains(" recognized, ");
    }
}
