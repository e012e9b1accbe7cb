package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Meeting;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * The title's asterisk footnote (TD/TIMBER.3/1's "Provisional Agenda and Annotations*", a late document's reason),
 * a real Word footnote with its own mark as the item line's is; with both, the marks are "*" and "**" in reading
 * order.
 */
class TitleNoteExportTest {
    private static final String ITEM_LINE = "Item 2 of the provisional agenda";
    private static final String TITLE = "\t\tProvisional agenda and annotations";
    private static final String ITEM_NOTE = "E/CN.15/2011/1.";

    @Test
    void theTitleAloneHasTheAsteriskAndItsNoteStandsFirstAmongTheFootnotes() throws Exception {
        Meeting meeting = VariantMeetings.lateCommissionUnderItemTwo();
        Meeting titleNoteOnly = meeting.withDetails(meeting.details().toBuilder().agendaItemNote("").build());
        try (ExportedDocument document = ExportedDocument.of(titleNoteOnly)) {
            assertThat(document.textLines()).contains(ITEM_LINE, TITLE + "*");
            XWPFParagraph title = document.paragraph(TITLE + "*");
            assertThat(title.getStyleID()).isEqualTo(UnStyles.TITLE_HCH);
            assertOwnMarkAtTheEnd(title, "*");
            assertThat(document.footnoteLines()).containsExactly("*\t" + VariantMeetings.LATE_SUBMISSION,
                    "\tSee CAC/COSP/2013/18, resolution 5/1.", "\tResolution 3/1, annex.");
        }
    }

    /** In reading order: the item line's "*" first, then the title's "**"; the numbered notes still read 1 and 2. */
    @Test
    void withBothNotesTheItemLineHasOneAsteriskAndTheTitleTwo() throws Exception {
        try (ExportedDocument document = ExportedDocument.of(VariantMeetings.lateCommissionUnderItemTwo())) {
            assertThat(document.textLines().subList(3, 6)).containsExactly(ITEM_LINE + "*",
                    "Adoption of the agenda and other organizational matters", TITLE + "**");
            assertOwnMarkAtTheEnd(document.paragraph(ITEM_LINE + "*"), "*");
            assertOwnMarkAtTheEnd(document.paragraph(TITLE + "**"), "**");
            assertThat(document.footnoteLines()).containsExactly("*\t" + ITEM_NOTE,
                    "**\t" + VariantMeetings.LATE_SUBMISSION, "\tSee CAC/COSP/2013/18, resolution 5/1.",
                    "\tResolution 3/1, annex.");
            assertThat(document.textLines()).contains("The provisional agenda was approved by the Conference at its "
                    + "fifth session.1");
            // LibreOffice pairs references and notes in ascending id order: the ids follow the text
            assertThat(referenceIds(document)).containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    void aNoteOfSpacesOrOnAnEmptyTitlePrintsNoAsterisk() throws Exception {
        Meeting meeting = VariantMeetings.lateCommissionUnderItemTwo();
        Meeting spaces = meeting.withDetails(meeting.details().toBuilder().agendaItemNote("").titleNote(" \t ").build());
        try (ExportedDocument document = ExportedDocument.of(spaces)) {
            assertThat(document.textLines()).contains(TITLE).noneMatch(line -> line.endsWith("*"));
            assertThat(document.footnoteLines()).noneMatch(line -> line.startsWith("*"));
        }
        Meeting noTitle = meeting.withDetails(meeting.details().toBuilder().title("").build());
        try (ExportedDocument document = ExportedDocument.of(noTitle)) {
            assertThat(document.footnoteLines()).containsExactly("*\t" + ITEM_NOTE,
                    "\tSee CAC/COSP/2013/18, resolution 5/1.", "\tResolution 3/1, annex.");
        }
    }

    /**
     * The paragraph ends with a reference that names its own mark, then the mark in the reference style, an asterisk
     * a run: LibreOffice takes a custom mark only from one-character runs.
     */
    private static void assertOwnMarkAtTheEnd(XWPFParagraph paragraph, String mark) {
        List<XWPFRun> runs = paragraph.getRuns();
        XWPFRun reference = runs.get(runs.size() - 1 - mark.length());
        assertThat(reference.getCTR().sizeOfFootnoteReferenceArray()).isEqualTo(1);
        assertThat(ExportedDocument.ownMark(reference.getCTR().getFootnoteReferenceArray(0)))
                .as("w:customMarkFollows").isTrue();
        List<XWPFRun> shown = runs.subList(runs.size() - mark.length(), runs.size());
        assertThat(shown).extracting(XWPFRun::text).containsOnly("*");
        assertThat(shown).extracting(XWPFRun::getStyle).containsOnly(UnStyles.FOOTNOTE_REFERENCE);
    }

    private static List<Integer> referenceIds(ExportedDocument document) {
        List<Integer> ids = new ArrayList<>();
        for (XWPFParagraph paragraph : document.document.getParagraphs()) {
            for (XWPFRun run : paragraph.getRuns()) {
                for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                    ids.add(ref.getId().intValue());
                }
            }
        }
        return ids;
    }
}
