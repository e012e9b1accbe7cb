package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.docx.LibreOfficePdf.Rendered;
import org.agendum.file.SampleMeeting;
import org.agendum.model.DutyStation;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real word processor opens the export ({@link LibreOfficePdf}): the sample, a long New York document and a
 * footnote's layout, read back from the PDF as a reader sees them.
 */
class LibreOfficeRenderingTest {
    @BeforeAll
    static void findTools() {
        LibreOfficePdf.requireTools();
    }

    @Test
    void theSampleOpensAsFourA4PagesWithTheTextHeadersAndPageNumbers(@TempDir Path dir) throws Exception {
        Rendered pdf = LibreOfficePdf.render(SampleMeeting.load(), dir);

        assertThat(pdf.width()).isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.0));
        assertThat(pdf.height()).isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
        assertThat(pdf.pages()).as("masthead and agenda, annotations, annex on its own page").isBetween(3, 5);
        assertThat(pdf.flow(1)).contains(
                "Conference of the Parties to the United Nations Convention against Transnational Organized Crime");
        String first = pdf.page(1);
        assertThat(first).contains("United Nations CTOC/COP/WG.4/2018/1", "Distr.: General", "9 April 2018", "Original: English", "Working Group on Trafficking in Persons",
                "Vienna, 2 and 3 July 2018", "Annotated provisional agenda", "Provisional agenda",
                "1. Organizational matters:", "(a) Opening of the meeting;",
                "(b) Adoption of the agenda and organization of work.", "5. Adoption of the report.");
        assertThat(first).doesNotContain("1/" + pdf.pages());
        for (int page = 2; page <= pdf.pages(); page++) {
            assertThat(pdf.page(page)).as("page %d", page).startsWith("CTOC/COP/WG.4/2018/1")
                    .contains(page + "/" + pdf.pages());
        }
        String annex = pdf.page(pdf.pages());
        assertThat(annex).contains("Annex", "Proposed organization of work", "Date and time Agenda item Title or description",
                "Monday, 2 July", "10 a.m.–1 p.m. 1 (a) Opening of the meeting", "Tuesday, 3 July", "(continued)");
        assertThat(pdf.page(pdf.pages() - 1)).doesNotContain("Proposed organization of work");
    }

    /**
     * A reissue for technical reasons reads as CAC/COSP/2015/10 does: the symbol's asterisk in the masthead, the note at
     * the foot of page 1 with its asterisk, and nothing added to the line the note is called from.
     */
    @Test
    void aReissuedDocumentShowsTheAsteriskAndItsNoteOnPageOne(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("reissue.docx");
        WordExport.export(SampleMeeting.load(), docx, ExportOptions.DEFAULT.reissuedOn(java.time.LocalDate.of(2018, 4,
                17)));
        String first = LibreOfficePdf.text(LibreOfficePdf.convertToPdf(docx, dir));

        assertThat(first).contains("CTOC/COP/WG.4/2018/1*", "Reissued for technical reasons on 17 April 2018.")
                .contains("Original: English Working Group on Trafficking in Persons")
                .containsPattern("\\*\\s?Reissued for technical reasons");
    }

    @Test
    void aLongNewYorkDocumentWithAJobNumberRepeatsTheTableHeadAndShowsTheJobFurniture(@TempDir Path dir)
            throws Exception {
        Meeting demanding = DemandingMeeting.meeting();
        Meeting newYork = demanding.withDetails(demanding.details().toBuilder().dutyStation(DutyStation.NEW_YORK)
                .jobNumber("26-00248").build());
        Rendered pdf = LibreOfficePdf.render(newYork, dir);

        assertThat(pdf.width()).isCloseTo(612.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(pdf.height()).isCloseTo(792.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(pdf.pages()).isBetween(4, 8);
        assertThat(pdf.page(1)).contains("26-00248 (E) 200326", "*2600248*", "(i) Chair;",
                "The meeting will be held in Boardroom D.");
        long pagesWithTableHead = pdf.pageTexts().stream()
                .filter(text -> text.contains("Date and time Agenda item Title or description")).count();
        assertThat(pagesWithTableHead).as("the head row repeats on each page of the annex").isGreaterThanOrEqualTo(2);
        for (int page = 2; page <= pdf.pages(); page++) {
            assertThat(pdf.page(page)).as("page %d", page).contains("26-00248", page + "/" + pdf.pages());
        }
    }


    /**
     * A footnote reads as in a UN document: its text starts where the body's paragraphs start, and its number
     * sits just before it (not a centimetre away at the left, as it did when LibreOffice ignored Word's tabs).
     */
    @Test
    void aFootnotesTextLinesUpWithTheBodyAndItsNumberSitsJustBeforeIt(@TempDir Path dir) throws Exception {
        Path pdf = LibreOfficePdf.renderToPdf(DemandingMeeting.meeting(), dir);
        List<Word> words = words(LibreOfficePdf.run(dir, "pdftotext", "-f", "1", "-l", "1", "-bbox", "-enc",
                "UTF-8", pdf.toString(), "-"));
        Word body = firstWordOfLineWith(words, "opened");
        Word note = firstWordOfLineWith(words, "Boardroom");
        Word number = words.stream().filter(w -> w.text().equals("1") && Math.abs(w.yMin() - note.yMin()) < 3
                && w.xMax() <= note.xMin()).findFirst().orElseThrow(() -> new AssertionError(
                "no footnote number on the line of " + note));

        assertThat(note.xMin()).as("the footnote's text starts where the body's does").isCloseTo(body.xMin(),
                org.assertj.core.data.Offset.offset(1.5));
        assertThat(note.xMin() - number.xMax()).as("room between the number and its text, in points")
                .isBetween(1.0, 12.0);
    }

    private record Word(String text, double xMin, double yMin, double xMax) {
    }

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>");

    private static List<Word> words(String bbox) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(bbox);
        while (m.find()) {
            words.add(new Word(m.group(4), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3))));
        }
        return words;
    }

    /** The leftmost word of the line on which {@code text} is, numbers (a footnote's) left out. */
    private static Word firstWordOfLineWith(List<Word> words, String text) {
        Word anchor = words.stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " is not on the page"));
        return words.stream().filter(w -> Math.abs(w.yMin() - anchor.yMin()) < 3 && !w.text().matches("\\d+"))
                .min(java.util.Comparator.comparingDouble(Word::xMin)).orElseThrow();
    }
}
