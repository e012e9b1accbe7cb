package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.agendum.docx.LibreOfficePdf.Rendered;
import org.agendum.model.AgendaLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forms of real agendas as LibreOffice shows them ({@link LibreOfficePdf}): numbered parts, an addendum of
 * annotations alone, and an agenda item line whose asterisk footnote leaves the numbered notes 1 and 2.
 */
class VariantsRenderingTest {
    @BeforeAll
    static void findTools() {
        LibreOfficePdf.requireTools();
    }

    @Test
    void numberedPartsReadIAndII(@TempDir Path dir) throws Exception {
        Rendered pdf = LibreOfficePdf.render(
                VariantMeetings.inForm(AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS), dir);
        String text = pdf.allFlow();
        assertThat(text).containsSubsequence("Provisional agenda and annotations", "I. Provisional agenda",
                "1. Organizational matters:", "5. Adoption of the report.", "II. Annotations",
                "1. Organizational matters", "(a) Opening of the sixth session", "Annex");
    }

    @Test
    void anAddendumOfAnnotationsAloneStartsWithTheItemsUnderItsTitle(@TempDir Path dir) throws Exception {
        Rendered pdf = LibreOfficePdf.render(VariantMeetings.inForm(AgendaLayout.ANNOTATIONS_ONLY), dir);
        String first = pdf.page(1);
        assertThat(first).containsSubsequence("Sixth session",
                "St. Petersburg, Russian Federation, 2–6 November 2015", "Annotations to the provisional agenda",
                "1. Organizational matters", "(a) Opening of the sixth session",
                "The sixth session of the Conference will be opened");
        // no list (its entries end with punctuation), no "Annotations" heading, no empty item
        assertThat(pdf.allFlow()).doesNotContain("Organizational matters:", "Election of officers",
                " Annotations 1.");
    }

    /**
     * LibreOffice shows the asterisk in the text and before its note, and numbers the annotations' notes 1 and 2:
     * had it counted the asterisk's note, they would read 2 and 3. (pdftotext sets a space before a raised mark.)
     */
    @Test
    void theItemLinesAsteriskIsAFootnoteAndTheOthersStayNumberedOneAndTwo(@TempDir Path dir) throws Exception {
        Rendered pdf = LibreOfficePdf.render(VariantMeetings.commissionUnderItemTwo(), dir);
        assertThat(pdf.page(1)).containsSubsequence("Commission on Crime Prevention and Criminal Justice",
                "Twentieth session", "Vienna, 11–15 April 2011", "Item 2 of the provisional agenda *",
                "Adoption of the agenda and other organizational matters", "Provisional agenda and annotations",
                "fifth session. 1", "review mechanism. 2",
                "* E/CN.15/2011/1. 1 See CAC/COSP/2013/18, resolution 5/1. 2 Resolution 3/1, annex.");
        assertThat(pdf.page(1)).doesNotContain("session. 3", "mechanism. 3", "3 Resolution", "* See");
    }
}
