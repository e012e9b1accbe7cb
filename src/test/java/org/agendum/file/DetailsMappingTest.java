package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Distribution;
import org.agendum.model.DutyStation;
import org.agendum.model.EmptyAnnotations;
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
        String text = withDetails(TestFiles.sampleText(), DETAILS);

        Meeting meeting = MeetingFiles.read(text.getBytes(StandardCharsets.UTF_8), "details.agendum");

        assertThat(meeting.details()).isEqualTo(format1Details().build());
        assertThat(new String(MeetingFiles.write(meeting), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    /** Format 2's fields of the details, each with a value of its own, put among format 1's in the file's order. */
    @Test
    void everyFieldOfFormat2HasItsOwnPlaceInTheParts() throws Exception {
        String details = DETAILS
                .replace("\"jobNumber\": \"V.18-01234\",\n", "\"jobNumber\": \"V.18-01234\",\n"
                        + "    \"processedOn\": \"2018-04-10\",\n    \"releasedOn\": \"2018-04-11\",\n")
                .replace("\"title\": \"Title\",\n", "\"title\": \"Title\",\n    \"titleNote\": \"Title note\",\n"
                        + "    \"layout\": \"provisional-agenda\",\n    \"emptyAnnotations\": \"standard-sentence\",\n"
                        + "    \"standardSentence\": \"Standard sentence\",\n")
                .replace("\"agendaItemLine\": \"Agenda item line\",\n", "\"agendaItemLine\": \"Agenda item line\",\n"
                        + "    \"agendaItemTitle\": \"Agenda item title\",\n    \"agendaItemNote\": \"Agenda item note\",\n");
        String text = withDetails(TestFiles.sampleText().replace("\"version\": 1,", "\"version\": 2,"), details);

        Meeting meeting = MeetingFiles.read(text.getBytes(StandardCharsets.UTF_8), "details.agendum");

        assertThat(meeting.details()).isEqualTo(format1Details()
                .processedOn(LocalDate.of(2018, 4, 10)).releasedOn(LocalDate.of(2018, 4, 11))
                .titleNote("Title note").layout(AgendaLayout.PROVISIONAL_AGENDA)
                .emptyAnnotations(EmptyAnnotations.STANDARD_SENTENCE).standardSentence("Standard sentence")
                .agendaItemTitle("Agenda item title").agendaItemNote("Agenda item note").build());
        assertThat(new String(MeetingFiles.write(meeting), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    private static MeetingDetails.Builder format1Details() {
        return MeetingDetails.builder()
                .bodyName("Body").symbol("CTOC/COP/WG.4/2018/1").distribution(Distribution.RESTRICTED)
                .issueDate(LocalDate.of(2018, 4, 9)).originalLanguage(Language.SPANISH)
                .versionLanguage(Language.FRENCH).languageCoverage("Language coverage")
                .meetingName("Meeting").sessionLine("Session line").venue("Venue")
                .dates(LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 3))
                .agendaItemLine("Agenda item line").title("Title")
                .dutyStation(DutyStation.NEW_YORK).jobNumber("V.18-01234");
    }

    /** The sample's text with its "details" object replaced. */
    private static String withDetails(String sample, String details) {
        int start = sample.indexOf("  \"details\": {");
        int end = sample.indexOf("  },\n", start) + "  },\n".length();
        return sample.substring(0, start) + details + sample.substring(end);
    }
}
