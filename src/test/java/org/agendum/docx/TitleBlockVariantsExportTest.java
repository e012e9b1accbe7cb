package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * The block under the masthead as treaty bodies and a body's own session print it: a date line without a
 * venue (CRC/C/81/1, "13–31 May 2019") and no meeting name (CAC/COSP/2015/1, "Sixth session" straight under
 * the masthead).
 */
class TitleBlockVariantsExportTest {
    @Test
    void withoutAVenueTheDateLineIsTheDatesAlone() throws Exception {
        try (ExportedDocument document = ExportedDocument.of(VariantMeetings.treatyBodyWithoutVenue())) {
            assertThat(document.textLines().subList(0, 6)).containsExactly("Committee on the Rights of the Child",
                    "Eighty-first session", "13–31 May 2019", "Item 1 of the provisional agenda",
                    "Adoption of the agenda", "\t\tAnnotated provisional agenda");
        }
        Meeting blankVenue = VariantMeetings.treatyBodyWithoutVenue();
        blankVenue = blankVenue.withDetails(blankVenue.details().toBuilder().venue("  \t").build());
        try (ExportedDocument document = ExportedDocument.of(blankVenue)) {
            assertThat(document.textLines()).contains("13–31 May 2019").noneMatch(line -> line.startsWith(",")
                    || line.contains(", 13–31 May 2019"));
        }
    }

    @Test
    void withoutAMeetingNameTheSessionLineComesFirstAndNoEmptyLineStandsForTheName() throws Exception {
        try (ExportedDocument document = ExportedDocument.of(VariantMeetings.conferenceOfStatesParties())) {
            List<String> first = document.document.getParagraphs().subList(0, 3).stream()
                    .map(ExportedDocument::text).toList();
            assertThat(first).containsExactly("Sixth session",
                    "St. Petersburg, Russian Federation, 2–6 November 2015", "");
            assertThat(document.document.getParagraphs().get(0).getStyleID()).isEqualTo(UnStyles.SESSION);
            assertThat(document.document.getParagraphs().get(2).getStyleID()).isEqualTo(UnStyles.SINGLE_TXT);
        }
    }
}
