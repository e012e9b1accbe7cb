package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.agendum.edit.IssueVersion;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFiles;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.IssueKind;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command that changes a meeting file does when someone else gets to the file while it works (between reading
 * it and saving it, say while a revision's Word document is written): it keeps its hands off.
 */
class UpdatedFileTest {
    @TempDir
    Path folder;
    private Path file;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void saveTheSample() throws Exception {
        file = folder.resolve("wg4.agendum");
        MeetingFiles.save(TestMeetings.sample(), file);
    }

    private Meeting issued(Meeting meeting) {
        return new IssueVersion("CTOC/COP/WG.4/2018/1", LocalDate.of(2018, 4, 9), IssueKind.ORIGINAL).apply(meeting);
    }

    @Test
    void aFileChangedByAnotherProgramMeanwhileIsLeftWithItsChanges() throws Exception {
        UpdatedFile updated = UpdatedFile.open(MeetingLoader.FILES, file, new PrintWriter(err, true));
        String theirs = Files.readString(file).replace("\"Other matters\"", "\"Other business\"");
        Files.writeString(file, theirs);

        assertThatThrownBy(() -> updated.save(issued(updated.meeting()), "the issued version",
                new PrintWriter(err, true))).isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.exitCode).isEqualTo(ExitCodes.UNWRITABLE));

        assertThat(err.toString()).isEqualTo("agendum: " + file + " was changed by another program meanwhile: the "
                + "issued version was not recorded in it. Run the command again.\n");
        assertThat(Files.readString(file)).isEqualTo(theirs);
    }

    @Test
    void aFileOpenedInAgendumMeanwhileIsLeftAlone() throws Exception {
        UpdatedFile updated = UpdatedFile.open(MeetingLoader.FILES, file, new PrintWriter(err, true));
        byte[] before = Files.readAllBytes(file);
        LockFiles.write(file, new LockOwner("maria", "LAPTOP-7", 4242, Instant.now()), AtomicFileWriter.Disk.REAL);

        assertThatThrownBy(() -> updated.save(issued(updated.meeting()), "the issued version",
                new PrintWriter(err, true))).isInstanceOf(Refused.class);

        assertThat(err.toString()).contains(file + " was opened in Agendum (maria on LAPTOP-7) meanwhile");
        assertThat(file).hasBinaryContent(before);
    }
}
