package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.agendum.docx.DemandingMeeting;
import org.agendum.file.SampleMeeting;
import org.agendum.importing.recognize.AgendaRecognizer;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.importing.word.WordSource;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingInfo;
import org.agendum.testing.GeneralAssemblySession;
import org.agendum.testing.MeetingFieldScore;
import org.agendum.testing.MeetingsWithoutIds;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's round trip through Word: a meeting exported by Agendum and imported back is the same meeting, ids aside
 * (the import makes its own).
 */
class WordRoundTripTest {
    @Test
    void theSampleComesBackTheSame() throws Exception {
        assertRoundTrip(SampleMeeting.load());
    }

    @Test
    void theDemandingMeetingComesBackTheSame() throws Exception {
        assertRoundTrip(DemandingMeeting.meeting());
    }

    /** A late document issued under an item: both asterisk notes, "*" on the item line and "**" on the title. */
    @Test
    void theDemandingMeetingWithBothAsteriskNotesComesBackTheSame() throws Exception {
        Meeting meeting = DemandingMeeting.meeting();
        assertRoundTrip(meeting.withDetails(meeting.details().toBuilder()
                .agendaItemLine("Item 2 of the provisional agenda").agendaItemTitle("Adoption of the agenda")
                .agendaItemNote("CAC/COSP/IRG/2026/1.")
                .titleNote("The late submission of this document was caused by the secretariat\u2019s workload.")
                .build()));
    }

    /**
     * The same meeting but for one thing: the meeting has "Eightieth session" as its meeting's name and no session
     * line, and the two print alike (one line in the session style under the masthead). A lone line of that form
     * reads as the session line, which is how CAC/COSP/2015/1 ("Sixth session", no meeting name) is typed: a document
     * cannot tell the two apart, so the test holds the import to the lines the masthead prints, in order.
     */
    @Test
    void theGeneralAssemblySizeMeetingComesBackTheSameButForItsLoneSessionLine() throws Exception {
        Meeting meeting = GeneralAssemblySession.meeting();

        Meeting back = roundTrip(meeting);

        List<MeetingFieldScore.Field> differences = MeetingFieldScore.of(meeting, back).differences();
        assertThat(differences).extracting(MeetingFieldScore.Field::name)
                .as(MeetingFieldScore.of(meeting, back).summary()).containsExactly("meeting name", "session line");
        assertThat(printedLines(back)).isEqualTo(printedLines(meeting)).containsExactly("Eightieth session");
        MeetingInfo read = back.details().meetingInfo();
        Meeting sameLines = back.withDetails(back.details().toBuilder()
                .meetingName(meeting.details().meetingInfo().meetingName())
                .sessionLine(meeting.details().meetingInfo().sessionLine()).build());
        assertThat(read.meetingName()).isEmpty();
        assertThat(MeetingsWithoutIds.of(sameLines)).isEqualTo(MeetingsWithoutIds.of(meeting));
    }

    /** The meeting's name and session line as the masthead prints them: the non-empty ones, in order. */
    private static List<String> printedLines(Meeting meeting) {
        MeetingInfo info = meeting.details().meetingInfo();
        return Stream.of(info.meetingName(), info.sessionLine()).filter(line -> !line.isEmpty()).toList();
    }

    static Meeting roundTrip(Meeting meeting) throws Exception {
        ImportResult result = AgendaRecognizer.recognize(
                WordSource.read(SourceBlocks.export(meeting), "export.docx"), ImportFixtures.TODAY);
        return result.meeting();
    }

    private static void assertRoundTrip(Meeting meeting) throws Exception {
        Meeting back = roundTrip(meeting);
        assertThat(MeetingFieldScore.of(meeting, back).differences()).as(MeetingFieldScore.of(meeting, back).summary())
                .isEmpty();
        assertThat(MeetingsWithoutIds.of(back)).isEqualTo(MeetingsWithoutIds.of(meeting));
    }
}
