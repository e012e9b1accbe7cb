package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.agendum.file.SampleMeeting;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Meeting;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No heading is left alone at the foot of a page: from each heading to the first paragraph of real text (or
 * the annex's table), every paragraph, headings and the spacers between them alike, keeps with the next one,
 * so that Word and LibreOffice carry the whole chain over to the page where its text starts.
 */
class HeadingKeepsExportTest {
    /** The body's headings and the page-1 lines styled as headings (the meeting, the agenda item's title). */
    private static final Set<String> HEADING_STYLES = Set.of(UnStyles.TITLE_HCH, UnStyles.HCH, UnStyles.H1,
            UnStyles.H23, UnStyles.H4, UnStyles.H56, UnStyles.SESSION, UnStyles.AGENDA_TITLE_H2);

    static Stream<Arguments> meetings() {
        List<Arguments> out = new ArrayList<>(List.of(
                Arguments.of("the sample", SampleMeeting.load()),
                Arguments.of("the demanding meeting", DemandingMeeting.meeting()),
                Arguments.of("a commission under item 2", VariantMeetings.commissionUnderItemTwo()),
                Arguments.of("the standard sentence", VariantMeetings.withStandardSentence())));
        for (AgendaLayout layout : AgendaLayout.values()) {
            out.add(Arguments.of(layout.label(), VariantMeetings.inForm(layout)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetings")
    void everyParagraphFromAHeadingToItsTextKeepsWithTheNext(String name, Meeting meeting) throws Exception {
        try (ExportedDocument document = ExportedDocument.of(meeting)) {
            List<IBodyElement> body = document.document.getBodyElements();
            List<String> loose = new ArrayList<>();
            int chained = 0;
            for (int i = 0; i < body.size(); i++) {
                if (!(body.get(i) instanceof XWPFParagraph first) || !heading(first)) {
                    continue;
                }
                for (int j = i; j < body.size() && body.get(j) instanceof XWPFParagraph p
                        && (heading(p) || spacer(p)); j++) {
                    chained++;
                    if (!Formatting.keepsWithNext(document.document, p)) {
                        loose.add("paragraph " + j + " \"" + ExportedDocument.text(p) + "\" (" + p.getStyleID()
                                + ") after the heading \"" + ExportedDocument.text(first) + "\"");
                    }
                }
            }
            assertThat(chained).as("paragraphs in chains of headings").isGreaterThan(10);
            assertThat(loose).as("paragraphs that let a heading stay behind at the foot of a page").isEmpty();
        }
    }

    private static boolean heading(XWPFParagraph paragraph) {
        return HEADING_STYLES.contains(paragraph.getStyleID());
    }

    /** DGACM's 6-pt spacer: an empty SingleTxt paragraph. */
    private static boolean spacer(XWPFParagraph paragraph) {
        return UnStyles.SINGLE_TXT.equals(paragraph.getStyleID()) && paragraph.getRuns().isEmpty();
    }
}
