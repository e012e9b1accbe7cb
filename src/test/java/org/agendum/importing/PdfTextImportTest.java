package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agendum.file.SampleMeeting;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.importing.recognize.ReportEntry;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.testing.MeetingFieldScore;
import org.agendum.testing.MeetingsWithoutIds;
import org.agendum.testing.PdfLikeText;
import org.agendum.testing.UnLayoutText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The sample as a PDF viewer gives its text ({@link PdfLikeText}): lines broken at the page's width with words
 * hyphenated, "1.Opening", running heads and page numbers between the pages, paragraphs running over a page break,
 * the annex's columns run together. It imports to the same meeting, with the job number and dates the first page's job
 * line gives.
 *
 * <p>Where a blank line separates paragraphs (a PDF reader that reads the spacing between them) the meeting is the
 * same in every field. Without blank lines, a paragraph whose last line happens to be full cannot be told from one that
 * goes on, on any evidence the text holds, and is joined to the next: there the annotations are compared as their
 * text, every other field exactly.
 */
class PdfTextImportTest {
    private static final String JOB_LINE = "V.18-02176 (E) 090418 100418";

    /**
     * The sample with the job line the rendered text carries on its first page: processed on the date of issue, so
     * that date is left to follow the date of issue (as a meeting without its own date has it), released a day later.
     */
    private static Meeting expected(Meeting meeting) {
        return meeting.withDetails(meeting.details().toBuilder().jobNumber("V.18-02176")
                .releasedOn(LocalDate.of(2018, 4, 10)).build());
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {50, 60, 75, 90, 110, 140})
    void theSampleAsAPdfViewerGivesItImportsToTheSample(int width) throws Exception {
        Meeting sample = SampleMeeting.load();
        String text = PdfLikeText.of(UnLayoutText.blocks(sample), width, 48, "CTOC/COP/WG.4/2018/1", JOB_LINE, true);

        ImportResult result = ImportFixtures.importPdfText(text, "V1802176.pdf");

        assertThat(MeetingFieldScore.of(expected(sample), result.meeting()).differences()).isEmpty();
        assertThat(MeetingsWithoutIds.of(result.meeting())).isEqualTo(MeetingsWithoutIds.of(expected(sample)));
        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).isEmpty();
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {50, 60, 75, 90, 110, 140})
    void withoutBlankLinesOnlyParagraphsEndingInAFullLineRunTogether(int width) throws Exception {
        Meeting sample = SampleMeeting.load();
        String text = PdfLikeText.of(UnLayoutText.blocks(sample), width, 48, "CTOC/COP/WG.4/2018/1", JOB_LINE);
        assertThat(text).doesNotContain("\n\n");

        ImportResult result = ImportFixtures.importPdfText(text, "V1802176.pdf");

        assertThat(MeetingsWithoutIds.of(withAnnotationsAsText(result.meeting())))
                .isEqualTo(MeetingsWithoutIds.of(withAnnotationsAsText(expected(sample))));
        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).isEmpty();
    }

    /** Each item's annotation as one paragraph of its paragraphs' text, joined by spaces. */
    private static Meeting withAnnotationsAsText(Meeting meeting) {
        Meeting out = meeting;
        for (var item : meeting.agenda().allItems()) {
            List<Inline> inlines = new ArrayList<>();
            for (Paragraph paragraph : item.annotation().paragraphs()) {
                if (!inlines.isEmpty()) {
                    inlines.add(TextRun.plain(" "));
                }
                inlines.addAll(paragraph.inlines());
            }
            RichText text = inlines.isEmpty() ? RichText.EMPTY : new RichText(List.of(new Paragraph(0, inlines)));
            out = out.withAgenda(out.agenda().replace(item.id(), i -> i.withAnnotation(text)));
        }
        return out;
    }

    @Test
    void theFurnitureIsRemovedAndSaidOnce() throws Exception {
        Meeting sample = SampleMeeting.load();
        String text = PdfLikeText.of(UnLayoutText.blocks(sample), 90, 48, "CTOC/COP/WG.4/2018/1", JOB_LINE);
        assertThat(text).contains("\f").contains("2/").contains("1.Organizational matters:");

        ImportResult result = ImportFixtures.importPdfText(text, "V1802176.pdf");

        assertThat(result.report().furnitureRemoved()).anyMatch(f -> f.contains("\"CTOC/COP/WG.4/2018/1\""))
                .anyMatch(f -> f.contains("*1802176*")).anyMatch(f -> f.contains("/"));
        assertThat(result.report().entries(ReportEntry.Kind.RECOGNIZED)).extracting(ReportEntry::sentence)
                .anyMatch(s -> s.startsWith("The job line"));
    }

    @Test
    void footnotesAtThePagesFootGoBackToTheirCalls() throws Exception {
        Meeting sample = SampleMeeting.load();
        Meeting annotated = withFootnotes(sample);
        String text = PdfLikeText.of(UnLayoutText.blocks(annotated), 80, 30, "CTOC/COP/WG.4/2018/1", JOB_LINE, true);

        ImportResult result = ImportFixtures.importPdfText(text, "V1802176.pdf");

        assertThat(MeetingsWithoutIds.of(result.meeting())).isEqualTo(MeetingsWithoutIds.of(expected(annotated)));
        assertThat(result.meeting().agenda().allItems().stream().mapToInt(i -> i.annotation().footnoteCount()).sum())
                .isEqualTo(3);
    }

    @Test
    void aWebCopyWithFootnotesAfterTheirParagraphs() throws Exception {
        Meeting annotated = withFootnotes(SampleMeeting.load());

        ImportResult result = ImportFixtures.importText(UnLayoutText.webCopy(annotated), "copy.txt");

        assertThat(MeetingFieldScore.of(annotated, result.meeting()).differences()).isEmpty();
    }

    /** The sample with footnotes called after the first sentence's end of items 2, 3 and 5. */
    private static Meeting withFootnotes(Meeting sample) {
        Meeting out = sample;
        int n = 0;
        for (String id : List.of("item-2", "item-3", "item-5")) {
            int number = ++n;
            out = out.withAgenda(out.agenda().replace(new ItemId(id), item -> {
                List<Paragraph> paragraphs = new ArrayList<>(item.annotation().paragraphs());
                Paragraph first = paragraphs.get(0);
                String text = first.plainText();
                int end = text.indexOf(". ") < 0 ? text.length() - 1 : text.indexOf(". ");
                List<Inline> inlines = List.of(TextRun.plain(text.substring(0, end + 1)),
                        FootnoteMark.of("See the report of the Working Group on its meeting number " + number
                                + " (CTOC/COP/WG.4/2017/" + number + "), para. 12."),
                        TextRun.plain(text.substring(end + 1)));
                paragraphs.set(0, new Paragraph(0, inlines));
                return item.withAnnotation(new RichText(paragraphs));
            }));
        }
        return out;
    }
}
