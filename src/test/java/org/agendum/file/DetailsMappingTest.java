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

    /** Format 2's fields of the details, each with a value of its own, among format 1's. */
    private static final String FORMAT_2_DETAILS = """
              "details": {
                "bodyName": "Body",
                "meetingName": "Meeting",
                "sessionLine": "Session line",
                "venue": "Venue",
                "startDate": "2018-07-02",
                "endDate": "2018-07-03",
                "symbol": "CTOC/COP/WG.4/2018/1",
                "distribution": "general",
                "issueDate": "2018-04-09",
                "originalLanguage": "en",
                "versionLanguage": "en",
                "jobNumber": "V.18-01234",
                "processedOn": "2018-04-10",
                "releasedOn": "2018-04-11",
                "dutyStation": "vienna",
                "title": "Title",
                "titleNote": "Title note",
                "layout": "provisional-agenda",
                "emptyAnnotations": "standard-sentence",
                "standardSentence": "Standard sentence",
                "agendaItemLine": "Agenda item line",
                "agendaItemTitle": "Agenda item title",
                "agendaItemNote": "Agenda item note",
                "languageCoverage": ""
              },
            """;

    @Test
    void everyFieldOfFormat2HasItsOwnPlaceInTheParts() throws Exception {
        String sample = TestFiles.sampleText().replace("\"version\": 1,", "\"version\": 2,");
        int start = sample.indexOf("  \"details\": {");
        int end = sample.indexOf("  },\n", start) + "  },\n".length();
        String text = sample.substring(0, start) + FORMAT_2_DETAILS + sample.substring(end);

        Meeting meeting = MeetingFiles.read(text.getBytes(StandardCharsets.UTF_8), "details.agendum");

        assertThat(meeting.details()).isEqualTo(MeetingDetails.builder()
                .bodyName("Body").symbol("CTOC/COP/WG.4/2018/1").issueDate(LocalDate.of(2018, 4, 9))
                .meetingName("Meeting").sessionLine("Session line").venue("Venue")
                .dates(LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 3))
                .agendaItemLine("Agenda item line").agendaItemTitle("Agenda item title")
                .agendaItemNote("Agenda item note").layout(AgendaLayout.PROVISIONAL_AGENDA).title("Title")
                .titleNote("Title note").emptyAnnotations(EmptyAnnotations.STANDARD_SENTENCE)
                .standardSentence("Standard sentence")
                .jobNumber("V.18-01234").processedOn(LocalDate.of(2018, 4, 10)).releasedOn(LocalDate.of(2018, 4, 11))
                .build());
        assertThat(new String(MeetingFiles.write(meeting), StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
