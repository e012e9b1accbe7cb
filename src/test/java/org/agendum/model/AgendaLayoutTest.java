package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The line the details form shows under the form's choice: what a document of each form prints. */
class AgendaLayoutTest {
    @Test
    void theOutlineNamesTheTitleAndEachPartByItsHeading() {
        assertThat(AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA.outline("Annotated provisional agenda"))
                .isEqualTo("Title: Annotated provisional agenda\u00A0\u00B7 Provisional agenda\u00A0\u00B7 Annotations");
        assertThat(AgendaLayout.ANNOTATIONS_WITH_AGENDA.outline("Annotations to the provisional agenda"))
                .isEqualTo("Title: Annotations to the provisional agenda\u00A0\u00B7 Provisional agenda\u00A0\u00B7 Annotations");
    }

    @Test
    void aPartWithoutAHeadingOrLeftOutIsDescribed() {
        assertThat(AgendaLayout.AGENDA_AND_ANNOTATIONS.outline("Provisional agenda and annotations"))
                .isEqualTo("Title: Provisional agenda and annotations\u00A0\u00B7 list without heading\u00A0\u00B7 Annotations");
        assertThat(AgendaLayout.PROVISIONAL_AGENDA.outline("Provisional agenda"))
                .isEqualTo("Title: Provisional agenda\u00A0\u00B7 list without heading\u00A0\u00B7 no annotations");
        assertThat(AgendaLayout.ANNOTATIONS_ONLY.outline("Annotations to the provisional agenda"))
                .isEqualTo("Title: Annotations to the provisional agenda\u00A0\u00B7 no list\u00A0\u00B7 annotations without heading");
    }

    @Test
    void numberedPartsAreChapters() {
        assertThat(AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS.outline("Provisional agenda and annotations"))
                .isEqualTo("Title: Provisional agenda and annotations\u00A0\u00B7 I.\u00A0Provisional agenda\u00A0\u00B7 II.\u00A0Annotations");
    }

    @Test
    void theTitleIsTheOfficersOwnAsTyped() {
        assertThat(AgendaLayout.PROVISIONAL_AGENDA.outline("  Revised provisional agenda "))
                .startsWith("Title: Revised provisional agenda\u00A0\u00B7");
        assertThat(AgendaLayout.PROVISIONAL_AGENDA.outline(" ")).startsWith("no title\u00A0\u00B7");
    }
}
