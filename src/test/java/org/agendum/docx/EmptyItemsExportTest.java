package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * The annotations' headings and what an item with nothing to annotate gets: left out (CEDAW/SP/2000/1,
 * TD/TIMBER.3/1) or its heading with the standard sentence (the sample's item 4).
 */
class EmptyItemsExportTest {
    @Test
    void anItemsOwnHeadingStandsOverItsAnnotationWithoutFinalPunctuation() throws Exception {
        Meeting meeting = VariantMeetings.conferenceOfStatesParties();
        try (ExportedDocument document = ExportedDocument.of(meeting)) {
            assertThat(document.textLines()).contains("(a)\tOpening of the sixth session of the Conference;",
                    "\t(a)\tOpening of the sixth session");
        }
        AgendaItem opening = meeting.agenda().items().get(0).subItems().get(0);
        Meeting typedWithStop = meeting.withAgenda(meeting.agenda().replace(opening.id(),
                i -> i.withHeading("Opening of the sixth session. ")));
        try (ExportedDocument document = ExportedDocument.of(typedWithStop)) {
            assertThat(document.headings()).contains("\t(a)\tOpening of the sixth session");
        }
    }

    @Test
    void itemsWithNothingToAnnotateAreLeftOutWithTheirEmptySubItemsAndTheListKeepsThem() throws Exception {
        try (ExportedDocument document = ExportedDocument.of(VariantMeetings.conferenceOfStatesParties())) {
            List<String> headings = document.headings();
            assertThat(headings).contains("\t1.\tOrganizational matters", "\t5.\tAdoption of the report")
                    .noneMatch(h -> h.contains("Election of officers") || h.contains("Asset recovery")
                            || h.contains("Recovery of proceeds") || h.contains("Return of assets")
                            || h.contains("Other matters"));
            assertThat(document.textLines()).contains("(b)\tElection of officers;", "3.\tAsset recovery:",
                    "4.\tOther matters.")
                    .noneMatch(line -> line.equals(VariantMeetings.STANDARD_SENTENCE));
            assertReferencesNumberedOneAndTwo(document);
        }
    }

    @Test
    void withTheStandardSentenceAnEmptyItemKeepsItsHeadingWithTheSentenceOnceUnderIt() throws Exception {
        try (ExportedDocument document = ExportedDocument.of(VariantMeetings.withStandardSentence())) {
            String sentence = VariantMeetings.STANDARD_SENTENCE;
            assertThat(document.textLines()).containsSubsequence("\t1.\tOrganizational matters",
                    "\t(a)\tOpening of the sixth session", "The sixth session of the Conference will be opened on "
                            + "Monday, 2 November 2015, at 10 a.m.",
                    "\t(b)\tElection of officers", sentence,
                    "\t(c)\tAdoption of the agenda and organization of work",
                    "\t3.\tAsset recovery", sentence,
                    "\t4.\tOther matters", sentence,
                    "\t5.\tAdoption of the report");
            List<String> text = document.textLines();
            assertThat(text.get(text.indexOf("\t3.\tAsset recovery") + 1)).isEqualTo(sentence);
            assertThat(text.get(text.indexOf("\t3.\tAsset recovery") + 2)).isEqualTo("\t4.\tOther matters");
            assertThat(text.stream().filter(sentence::equals)).hasSize(3);
            assertThat(document.headings()).noneMatch(h -> h.contains("Recovery of proceeds")
                    || h.contains("Return of assets"));
            assertThat(document.paragraph(sentence).getStyleID()).isEqualTo(UnStyles.SINGLE_TXT);
            // the item whose sub-items have something keeps its heading and gets no sentence
            assertThat(text.get(text.indexOf("\t1.\tOrganizational matters") + 1))
                    .isEqualTo("\t(a)\tOpening of the sixth session");
            assertReferencesNumberedOneAndTwo(document);
        }
    }

    @Test
    void anAgendaWithNothingToAnnotateHasNoAnnotationsHeading() throws Exception {
        Meeting meeting = VariantMeetings.conferenceOfStatesParties();
        Meeting bare = meeting.withAgenda(new Agenda(List.of(AgendaItem.titled("Opening of the session"),
                AgendaItem.titled("Other matters"))));
        try (ExportedDocument document = ExportedDocument.of(bare)) {
            assertThat(document.headings()).containsExactly("\t\tProvisional agenda and annotations",
                    "\t\tProvisional agenda", "Annex", "\t\tProposed organization of work");
            assertThat(document.textLines()).contains("1.\tOpening of the session.", "2.\tOther matters.");
        }
    }

    /** The annotations' footnotes are numbered 1 and 2 whatever items are left out. */
    private static void assertReferencesNumberedOneAndTwo(ExportedDocument document) {
        assertThat(document.document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .flatMap(r -> r.getCTR().getFootnoteReferenceList().stream()).map(ref -> ref.getId().intValue()))
                .containsExactly(1, 2);
        assertThat(document.footnoteLines()).containsExactly("\tSee CAC/COSP/2013/18, resolution 5/1.",
                "\tResolution 3/1, annex.");
    }
}
