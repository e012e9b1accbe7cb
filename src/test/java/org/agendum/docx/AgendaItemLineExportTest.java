package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agendum.model.Meeting;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * A document issued under an item of the body's agenda (E/CN.15/2011/1): "Item 2 of the provisional agenda"
 * with an asterisk footnote, and the item's title in bold on the next line.
 */
class AgendaItemLineExportTest {
    private static final String ITEM_LINE = "Item 2 of the provisional agenda";
    private static final String ITEM_TITLE = "Adoption of the agenda and other organizational matters";

    private static ExportedDocument exported;

    @BeforeAll
    static void export() {
        exported = ExportedDocument.of(VariantMeetings.commissionUnderItemTwo());
    }

    @AfterAll
    static void close() throws Exception {
        exported.close();
    }

    @Test
    void theItemLineAndTheItemsTitleStandUnderThePlaceAndDatesTheTitleInBold() {
        assertThat(exported.textLines().subList(0, 6)).containsExactly(
                "Commission on Crime Prevention and Criminal Justice",
                "Twentieth session", "Vienna, 11–15 April 2011", ITEM_LINE + "*", ITEM_TITLE,
                "\t\tProvisional agenda and annotations");
        XWPFParagraph line = exported.paragraph(ITEM_LINE + "*");
        assertThat(line.getStyleID()).isEqualTo(UnStyles.AGENDA_ITEM_NORMAL);
        assertThat(Formatting.bold(exported.document, line, line.getRuns().get(0))).isFalse();
        XWPFParagraph title = exported.paragraph(ITEM_TITLE);
        assertThat(title.getStyleID()).isEqualTo(UnStyles.AGENDA_TITLE_H2);
        assertThat(title.getRuns()).isNotEmpty()
                .allSatisfy(run -> assertThat(Formatting.bold(exported.document, title, run)).isTrue());
        assertThat(((BigInteger) title.getCTP().getPPr().getInd().getLeft()).intValue()).isZero();
        assertThat(((BigInteger) exported.document.getStyles().getStyle(UnStyles.AGENDA_TITLE_H2).getCTStyle()
                .getPPr().getInd().getRight()).intValue()).as("the title wraps in the left half").isEqualTo(4260);
    }

    @Test
    void theAsteriskIsARealFootnoteWithItsOwnMark() {
        XWPFParagraph line = exported.paragraph(ITEM_LINE + "*");
        List<XWPFRun> runs = line.getRuns();
        int at = referenceRun(runs);
        CTFtnEdnRef reference = runs.get(at).getCTR().getFootnoteReferenceArray(0);
        assertThat(ExportedDocument.ownMark(reference)).as("w:customMarkFollows").isTrue();
        assertThat(runs.get(at + 1).text()).isEqualTo("*");
        assertThat(runs.get(at + 1).getStyle()).isEqualTo(UnStyles.FOOTNOTE_REFERENCE);

        XWPFFootnote note = notesById().get(reference.getId().intValue());
        XWPFParagraph noteText = note.getParagraphs().get(0);
        assertThat(noteText.getStyleID()).isEqualTo(UnStyles.FOOTNOTE_TEXT);
        assertThat(ExportedDocument.text(noteText)).isEqualTo("*\tE/CN.15/2011/1.");
        assertThat(noteText.getRuns()).noneMatch(run -> run.getCTR().sizeOfFootnoteRefArray() > 0);
        assertThat(noteText.getRuns().get(0).getStyle()).isEqualTo(UnStyles.FOOTNOTE_REFERENCE);
    }

    /**
     * Word and LibreOffice number the notes without a mark of their own by their order in the text: the
     * annotations' notes still read 1 and 2. The ids follow the text, the asterisk's first, and the notes stand
     * in the footnotes part in that order: LibreOffice pairs references and notes in ascending id order.
     */
    @Test
    void theAsteriskLeavesTheNumberedNotesNumberedOneAndTwo() {
        List<Integer> ids = new ArrayList<>();
        List<Boolean> ownMarks = new ArrayList<>();
        for (XWPFParagraph paragraph : exported.document.getParagraphs()) {
            for (XWPFRun run : paragraph.getRuns()) {
                for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                    ids.add(ref.getId().intValue());
                    ownMarks.add(ExportedDocument.ownMark(ref));
                }
            }
        }
        assertThat(ids).containsExactly(1, 2, 3);
        assertThat(ownMarks).containsExactly(true, false, false);
        assertThat(exported.document.getFootnotes()).extracting(n -> n.getCTFtnEdn().getId().intValue())
                .containsExactly(-1, 0, 1, 2, 3);
        assertThat(exported.footnoteLines()).containsExactly("*\tE/CN.15/2011/1.",
                "\tSee CAC/COSP/2013/18, resolution 5/1.", "\tResolution 3/1, annex.");
        assertThat(exported.textLines()).contains("The provisional agenda was approved by the Conference at its fifth "
                + "session.1", "The Conference will have before it a report on the review mechanism.2");
    }

    @Test
    void theDocumentPropertiesNameTheItemLineAndTheItemsTitle() {
        Map<String, String> variables = exported.document.getSettings().getCTSettings().getDocVars().getDocVarList()
                .stream().collect(Collectors.toMap(v -> v.getName(), v -> v.getVal()));
        assertThat(variables).containsEntry("Agenda1", ITEM_LINE).containsEntry("Agenda Title1", ITEM_TITLE)
                .containsEntry("Session1", "Twentieth session")
                .containsEntry("Title1", "Provisional agenda and annotations");
        var custom = exported.document.getProperties().getCustomProperties();
        assertThat(custom.getProperty("Agenda1").getLpwstr()).isEqualTo(ITEM_LINE);
        assertThat(custom.getProperty("Agenda Title1").getLpwstr()).isEqualTo(ITEM_TITLE);
    }

    @Test
    void withoutANoteOrWithoutTheLineThereIsNoAsterisk() throws Exception {
        Meeting meeting = VariantMeetings.commissionUnderItemTwo();
        Meeting noNote = meeting.withDetails(meeting.details().toBuilder().agendaItemNote("").build());
        try (ExportedDocument document = ExportedDocument.of(noNote)) {
            assertThat(document.textLines()).contains(ITEM_LINE, ITEM_TITLE).doesNotContain(ITEM_LINE + "*");
            assertThat(document.footnoteLines()).noneMatch(line -> line.startsWith("*"));
        }
        Meeting noLine = meeting.withDetails(meeting.details().toBuilder().agendaItemLine("").build());
        try (ExportedDocument document = ExportedDocument.of(noLine)) {
            assertThat(document.textLines()).contains(ITEM_TITLE).noneMatch(line -> line.startsWith("Item 2"));
            assertThat(document.footnoteLines()).containsExactly("\tSee CAC/COSP/2013/18, resolution 5/1.",
                    "\tResolution 3/1, annex.");
            assertThat(document.document.getSettings().getCTSettings().getDocVars().getDocVarList())
                    .noneMatch(v -> v.getName().equals("Agenda1"));
        }
    }

    private static int referenceRun(List<XWPFRun> runs) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).getCTR().sizeOfFootnoteReferenceArray() > 0) {
                return i;
            }
        }
        throw new AssertionError("no footnote reference on the item line");
    }

    private static Map<Integer, XWPFFootnote> notesById() {
        return exported.document.getFootnotes().stream()
                .collect(Collectors.toMap(n -> n.getCTFtnEdn().getId().intValue(), n -> n));
    }
}
