package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Meeting;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Each form of the document ({@link AgendaLayout}) exported and read back: its title, the parts it prints and
 * their headings, in order (research/FINDINGS.md §4).
 */
class DocumentFormsExportTest {
    private static final String REVIEW_HEADING =
            "\t2.\tReview of the implementation of the United Nations Convention against Corruption";
    /** The annotations of {@link VariantMeetings}, items without content left out (the default). */
    private static final List<String> ITEM_HEADINGS = List.of("\t1.\tOrganizational matters",
            "\t(a)\tOpening of the sixth session", "\t(c)\tAdoption of the agenda and organization of work",
            REVIEW_HEADING, "Documentation", "\t5.\tAdoption of the report");
    private static final List<String> ANNEX_HEADINGS = List.of("Annex", "\t\tProposed organization of work");
    private static final List<String> LIST = List.of("1.\tOrganizational matters:",
            "(a)\tOpening of the sixth session of the Conference;", "(b)\tElection of officers;",
            "(c)\tAdoption of the agenda and organization of work.",
            "2.\tReview of the implementation of the United Nations Convention against Corruption.",
            "3.\tAsset recovery:", "(a)\tRecovery of proceeds of crime;", "(b)\tReturn of assets.",
            "4.\tOther matters.", "5.\tAdoption of the report.");

    @Test
    void theConferencesOwnFormHasTheTitleBothHeadingsTheListAndTheAnnotations() throws Exception {
        try (ExportedDocument document = ExportedDocument.of(VariantMeetings.conferenceOfStatesParties())) {
            assertThat(document.headings()).containsExactlyElementsOf(concat(List.of(
                    "\t\tProvisional agenda and annotations", "\t\tProvisional agenda", "\t\tAnnotations")));
            assertThat(document.textLines()).containsSubsequence(LIST);
            assertThat(document.textLines()).containsSubsequence("\t\tProvisional agenda", LIST.get(0), LIST.get(9),
                    "\t\tAnnotations", "\t1.\tOrganizational matters");
        }
    }

    @Test
    void theAgendaAndAnnotationsFormPutsTheListRightUnderTheTitle() throws Exception {
        try (ExportedDocument document = export(AgendaLayout.AGENDA_AND_ANNOTATIONS)) {
            assertThat(document.headings()).containsExactlyElementsOf(concat(List.of(
                    "\t\tProvisional agenda and annotations", "\t\tAnnotations")));
            List<String> text = document.textLines();
            assertThat(text.get(text.indexOf("\t\tProvisional agenda and annotations") + 1)).isEqualTo(LIST.get(0));
            assertThat(text).containsSubsequence(LIST);
        }
    }

    @Test
    void numberedPartsAreChapterHeadingsWithTheNumberAtItsTab() throws Exception {
        try (ExportedDocument document = export(AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS)) {
            assertThat(document.headings()).containsExactlyElementsOf(concat(List.of(
                    "\t\tProvisional agenda and annotations", "\tI.\tProvisional agenda", "\tII.\tAnnotations")));
            assertThat(document.textLines()).containsSubsequence("\tI.\tProvisional agenda", LIST.get(0), LIST.get(9),
                    "\tII.\tAnnotations", "\t1.\tOrganizational matters");
            XWPFParagraph part = document.paragraph("\tII.\tAnnotations");
            assertThat(part.getStyleID()).isEqualTo(UnStyles.HCH);
            var pPr = part.getCTP().getPPr();
            assertThat(((BigInteger) pPr.getInd().getLeft()).intValue()).isEqualTo(1267);
            assertThat(((BigInteger) pPr.getInd().getHanging()).intValue()).isEqualTo(1267);
            assertThat(pPr.getTabs().getTabList()).anySatisfy(tab -> {
                assertThat(tab.getVal().toString()).isEqualTo("right");
                assertThat(((BigInteger) tab.getPos()).intValue()).isEqualTo(UnStyles.NUMBER_TAB);
            });
        }
    }

    @Test
    void theProvisionalAgendaAloneLeavesTheAnnotationsOutAndKeepsTheAnnex() throws Exception {
        try (ExportedDocument document = export(AgendaLayout.PROVISIONAL_AGENDA)) {
            List<String> headings = document.headings();
            assertThat(headings.get(0)).isEqualTo("\t\tProvisional agenda");
            assertThat(headings.subList(1, headings.size())).containsExactlyElementsOf(ANNEX_HEADINGS);
            assertThat(document.textLines()).containsSubsequence(LIST)
                    .noneMatch(line -> line.contains("will be opened") || line.contains("CAC/COSP/2015/5"));
            assertThat(document.footnoteLines()).isEmpty();
            assertThat(ExportedDocument.cells(document.bodyTables().get(0))).contains(
                    List.of("10 a.m.–1 p.m.", "2",
                            "Review of the implementation of the United Nations Convention against Corruption"));
        }
    }

    @Test
    void anAddendumWithTheAgendaRepeatsTheListUnderItsHeading() throws Exception {
        try (ExportedDocument document = export(AgendaLayout.ANNOTATIONS_WITH_AGENDA)) {
            assertThat(document.headings()).containsExactlyElementsOf(concat(List.of(
                    "\t\tAnnotations to the provisional agenda", "\t\tProvisional agenda", "\t\tAnnotations")));
            assertThat(document.textLines()).containsSubsequence(LIST);
        }
    }

    @Test
    void anAddendumWithoutTheAgendaHasNoListAndNoAnnotationsHeading() throws Exception {
        try (ExportedDocument document = export(AgendaLayout.ANNOTATIONS_ONLY)) {
            assertThat(document.headings()).containsExactlyElementsOf(concat(List.of(
                    "\t\tAnnotations to the provisional agenda")));
            assertThat(document.textLines()).doesNotContainAnyElementsOf(LIST);
            assertThat(document.footnoteLines()).containsExactly("\tSee CAC/COSP/2013/18, resolution 5/1.",
                    "\tResolution 3/1, annex.");
        }
    }

    private static ExportedDocument export(AgendaLayout layout) {
        Meeting meeting = VariantMeetings.inForm(layout);
        assertThat(meeting.details().titleBlock().title()).isEqualTo(layout.standardTitle());
        return ExportedDocument.of(meeting);
    }

    /** The title and part headings given, then the item headings and the annex's. */
    private static List<String> concat(List<String> first) {
        return java.util.stream.Stream.of(first, ITEM_HEADINGS, ANNEX_HEADINGS).flatMap(List::stream).toList();
    }
}
