package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.agendum.model.DutyStation;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.junit.jupiter.api.Test;

/**
 * The job line's two dates, "V.15-05911 (E)    030915    040915" (CAC/COSP/2015/1): when the text was
 * processed, then when the document was released; each is the date of issue (19 August 2015) unless given.
 */
class JobLineDatesExportTest {
    private static final LocalDate PROCESSED = LocalDate.of(2015, 9, 3);
    private static final LocalDate RELEASED = LocalDate.of(2015, 9, 4);

    @Test
    void viennaPrintsTheProcessingDateThenTheReleaseDate() throws Exception {
        try (ExportedDocument document = export(DutyStation.VIENNA, PROCESSED, RELEASED)) {
            assertThat(jobLine(document)).isEqualTo("V.15-05911 (E)    030915    040915 *1505911*\t");
            assertThat(variables(document)).containsEntry("jobnDT", "V.15-05911 (E)   030915")
                    .containsEntry("jobnDTDT", "V.15-05911 (E)   030915   040915");
        }
    }

    @Test
    void aDateNotGivenIsTheDateOfIssue() throws Exception {
        try (ExportedDocument document = export(DutyStation.VIENNA, null, RELEASED)) {
            assertThat(jobLine(document)).startsWith("V.15-05911 (E)    190815    040915 ");
        }
        try (ExportedDocument document = export(DutyStation.GENEVA, PROCESSED, null)) {
            assertThat(jobLine(document)).startsWith("V.15-05911 (E)    030915    190815 ");
        }
    }

    @Test
    void newYorksOneDateIsTheReleaseDate() throws Exception {
        try (ExportedDocument document = export(DutyStation.NEW_YORK, PROCESSED, RELEASED)) {
            assertThat(jobLine(document)).isEqualTo("V.15-05911 (E)    040915 *1505911*\t");
        }
    }

    private static ExportedDocument export(DutyStation station, LocalDate processed, LocalDate released) {
        Meeting meeting = VariantMeetings.conferenceOfStatesParties();
        MeetingDetails details = meeting.details().toBuilder().dutyStation(station).jobNumber("V.15-05911")
                .processedOn(processed).releasedOn(released).build();
        return ExportedDocument.of(meeting.withDetails(details));
    }

    private static String jobLine(ExportedDocument document) {
        return ExportedDocument.lines(document.firstFooter()).get(0);
    }

    private static Map<String, String> variables(ExportedDocument document) {
        return document.document.getSettings().getCTSettings().getDocVars().getDocVarList().stream()
                .collect(Collectors.toMap(v -> v.getName(), v -> v.getVal()));
    }
}
