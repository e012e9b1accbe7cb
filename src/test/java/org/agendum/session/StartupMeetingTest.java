package org.agendum.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.agendum.file.MeetingFileException;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;

class StartupMeetingTest {
    @Test
    void noArgumentOpensTheSample() {
        StartupMeeting startup = StartupMeeting.from(List.of(), file -> {
            throw new AssertionError("nothing to load");
        });
        assertThat(startup.meeting()).isEqualTo(TestMeetings.sample());
        assertThat(startup.file()).isEmpty();
        assertThat(startup.error()).isEmpty();
    }

    @Test
    void oneArgumentOpensThatFile() {
        StartupMeeting startup = StartupMeeting.from(List.of("meeting.agendum"), file -> TestMeetings.styled());
        assertThat(startup.meeting()).isEqualTo(TestMeetings.styled());
        assertThat(startup.file()).contains(Path.of("meeting.agendum"));
        assertThat(startup.error()).isEmpty();
    }

    @Test
    void anUnreadableFileFallsBackToTheSampleWithTheReason() {
        StartupMeeting startup = StartupMeeting.from(List.of("broken.agendum"), file -> {
            throw new MeetingFileException("broken.agendum: line 3: a closing brace is missing.");
        });
        assertThat(startup.meeting()).isEqualTo(TestMeetings.sample());
        assertThat(startup.file()).isEmpty();
        assertThat(startup.error()).contains("broken.agendum: line 3: a closing brace is missing.");
    }

    @Test
    void theRealFileReaderIsUsedByDefault() throws Exception {
        Path missing = Path.of("target", "no-such-meeting.agendum");
        String expected;
        try {
            org.agendum.file.MeetingFiles.load(missing);
            throw new AssertionError("a missing file cannot be read");
        } catch (MeetingFileException e) {
            expected = e.getMessage();
        }
        assertThat(StartupMeeting.from(List.of(missing.toString())).error()).contains(expected);
    }

    @Test
    void aDocumentIsLeftToImportOverTheSample() {
        StartupMeeting startup = StartupMeeting.from(List.of("last session.docx"), file -> {
            throw new AssertionError("a Word document is not a meeting file");
        });
        assertThat(startup.meeting()).isEqualTo(TestMeetings.sample());
        assertThat(startup.file()).isEmpty();
        assertThat(startup.document()).contains(Path.of("last session.docx"));
        assertThat(startup.error()).isEmpty();
    }

    @Test
    void aMeetingFileIsKnownByItsNameInAnyCase() {
        StartupMeeting startup = StartupMeeting.from(List.of("MEETING.AGENDUM"), file -> TestMeetings.styled());
        assertThat(startup.file()).contains(Path.of("MEETING.AGENDUM"));
        assertThat(startup.document()).isEmpty();
    }
}
