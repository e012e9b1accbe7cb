package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.agendum.model.Distribution;
import org.agendum.model.DutyStation;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.junit.jupiter.api.Test;

/**
 * The file keeps one flat "details" object while the model groups the details in parts: every field of the file,
 * each given a value no other field has, lands in its own place in the model and is written back to the same text.
 * A swap in both mappers would survive a round trip; this test does not let it.
 */
class DetailsMappingTest {
    private static final String DETAILS = """
              "details": {
                "bodyName": "Body",
                "meetingName": "Meeting",
                "sessionLine": "Session line",
                "venue": "Venue",
                "startDate": "2018-07-02",
                "endDate": "2018-07-03",
                "symbol": "CTOC/COP/WG.4/2018/1",
                "distribution": "restricted",
                "issueDate": "2018-04-09",
                "originalLanguage": "es",
                "versionLanguage": "fr",
                "jobNumber": "V.18-01234",
                "dutyStation": "new-york",
                "title": "Title",
                "agendaItemLine": "Agenda item line",
                "languageCoverage": "Language coverage"
              },
            """;

    @Test
    void everyFieldOfTheFileHasItsOwnPlaceInTheParts() throws Exception {
        String sample = TestFiles.sampleText();
        int start = sample.indexOf("  \"details\": {");
        int end = sample.indexOf("  },\n", start) + "  },\n".length();
        String text = sample.substring(0, start) + DETAILS + sample.substring(end);

        Meeting meeting = MeetingFiles.read(text.getBytes(StandardCharsets.UTF_8), "details.agendum");

        assertThat(meeting.details()).isEqualTo(MeetingDetails.builder()
                .bodyName("Body").symbol("CTOC/COP/WG.4/2018/1").distribution(Distribution.RESTRICTED)
                .issueDate(LocalDate.of(2018, 4, 9)).originalLanguage(Language.SPANISH)
                .versionLanguage(Language.FRENCH).languageCoverage("Language coverage")
                .meetingName("Meeting").sessionLine("Session line").venue("Venue")
                .dates(LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 3))
                .agendaItemLine("Agenda item line").title("Title")
                .dutyStation(DutyStation.NEW_YORK).jobNumber("V.18-01234")
                .build());
        assertThat(new String(MeetingFiles.write(meeting), StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
