package org.agendum.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.agendum.model.MeetingDetails;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;

class WindowTitleTest {
    private final MeetingDetails sample = TestMeetings.sample().details();
    private final MeetingDetails blank = MeetingDetails.blank(LocalDate.of(2026, 1, 5));

    @Test
    void aFileIsNamedByItsFileNameAndUnsavedChangesByAStar() {
        Path file = Path.of("/work", "CTOC_COP_WG.4_2018_1.agendum");
        assertThat(WindowTitle.of(file, false, sample, false, false)).isEqualTo("CTOC_COP_WG.4_2018_1.agendum \u2013 Agendum");
        assertThat(WindowTitle.of(file, false, sample, true, false)).isEqualTo("*CTOC_COP_WG.4_2018_1.agendum \u2013 Agendum");
    }

    @Test
    void aFileOpenReadOnlySaysSo() {
        Path file = Path.of("/work", "wg4.agendum");
        assertThat(WindowTitle.of(file, false, sample, false, true)).isEqualTo("wg4.agendum (read-only) \u2013 Agendum");
        assertThat(WindowTitle.of(file, false, sample, true, true)).isEqualTo("*wg4.agendum (read-only) \u2013 Agendum");
    }

    @Test
    void theSampleIsNamedByItsMeetingAndMarked() {
        assertThat(WindowTitle.of(null, true, sample, false, false))
                .isEqualTo("Working Group on Trafficking in Persons (sample) \u2013 Agendum");
        assertThat(WindowTitle.of(null, true, blank, true, false)).isEqualTo("*Sample meeting (sample) \u2013 Agendum");
    }

    @Test
    void aMeetingNeverSavedIsNamedByItsMeetingOrUntitled() {
        assertThat(WindowTitle.of(null, false, blank, false, false)).isEqualTo("Untitled meeting \u2013 Agendum");
        assertThat(WindowTitle.of(null, false, blank.toBuilder().meetingName("Expert group").build(), true, false))
                .isEqualTo("*Expert group \u2013 Agendum");
    }

    @Test
    void questionsNameTheDocumentInASentence() {
        assertThat(WindowTitle.inSentence(Path.of("a.agendum"), false)).isEqualTo("a.agendum");
        assertThat(WindowTitle.inSentence(null, true)).isEqualTo("the sample meeting");
        assertThat(WindowTitle.inSentence(null, false)).isEqualTo("the new meeting");
    }
}
