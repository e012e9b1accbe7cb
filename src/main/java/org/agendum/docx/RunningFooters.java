package org.agendum.docx;

import java.util.Optional;
import org.agendum.model.MeetingDetails;

/**
 * The footers (docs/un-format.md §5.1–5.2).
 *
 * <ul>
 *   <li>Pages 2 onward: a two-cell table; the page as "n/N" ({@code PAGE}/{@code NUMPAGES}, footer style, bold
 *       8.5 pt, 103 %) on the outer edge — left on even pages, right on odd ones — and the job number
 *       ({@code DOCVARIABLE "FooterJN"}, 7 pt, not bold) on the inner edge, when there is one (confirmed in
 *       A/80/590; for Vienna "5/5" and the job number in the footer are confirmed, the positions inferred).
 *       A/80/590 puts the cells in order with a right-to-left table ({@code bidiVisual}); here they are simply
 *       written in the order they show, which looks the same.</li>
 *   <li>Page 1: the job line "V.18-01234 (E)    090418    100418" (style Release Date: when the text was
 *       processed, when the document was released) and under it the
 *       barcode text "*1801234*" in the Code 39 font, 12 pt on a 10.5-pt line (confirmed), only when the
 *       meeting has a job number. A/80/590's QR code (a picture of the document's ODS address) is left out.</li>
 * </ul>
 */
final class RunningFooters {
    private static final int JOB_LINE_COLUMN = 3801;
    /**
     * A/80/590 gives page 1 a bottom margin of 1728 twips so that the text keeps clear of the job line and
     * barcode. With one section (see {@link PageGeometry}) the same room comes from space above the job line:
     * the footer grows upwards, and on page 1 only, the text ends about 1728 twips from the bottom edge.
     */
    private static final int FIRST_PAGE_BOTTOM = 1728;
    /** The job line (12 pt) and the barcode line (4 pt above, 10.5 pt), in twips. */
    private static final int JOB_LINES_HEIGHT = 240 + 80 + 210;
    /** The page number's runs: the footer style's bold 8.5 pt at 103 %. */
    private static final RunFormat PAGE_NUMBER = RunFormat.NONE.withScale(103);
    /** The job number's runs: 7 pt, not bold. */
    private static final RunFormat JOB_NUMBER = RunFormat.NONE.withBold(false).withScale(103).withSize(7);

    private RunningFooters() {
    }

    static void write(WordPackage word, String evenPart, String oddPart, String firstPart, MeetingDetails details,
                      PageGeometry page) {
        Optional<JobNumber> job = JobNumber.of(details.processing().jobNumber());
        footer(word, evenPart, job, page, false);
        footer(word, oddPart, job, page, true);
        firstPage(word, firstPart, job, details, page);
    }

    private static void footer(WordPackage word, String part, Optional<JobNumber> job, PageGeometry page,
                               boolean oddPage) {
        try (WordPart footer = WordPart.footer(word, part)) {
            ContentWriter out = footer.content();
            int half = page.textWidth() / 2;
            FixedTable table = FixedTable.of(out, half, page.textWidth() - half);
            table.row(FixedTable.Row.PLAIN);
            // the page number at the outer edge, the job number at the inner one
            for (int column = 0; column < 2; column++) {
                table.cell(column, 1, FixedTable.Cell.PLAIN);
                boolean pageNumber = column == (oddPage ? 1 : 0);
                ParagraphFormat format = ParagraphFormat.styled(UnStyles.FOOTER);
                out.paragraph(column == 1 ? format.alignRight() : format);
                if (pageNumber) {
                    Fields.field(out, Fields.PAGE, null, PAGE_NUMBER);
                    out.leftToRightText("/", PAGE_NUMBER);
                    Fields.field(out, Fields.NUMPAGES, null, PAGE_NUMBER);
                } else {
                    job.ifPresent(number -> Fields.field(out,
                            Fields.docVariable(DocumentProperties.FOOTER_JOB_VARIABLE), number.number(), JOB_NUMBER));
                }
                out.endParagraph();
                table.endCell();
            }
            table.endRow();
            table.end();
            out.emptyParagraph(ParagraphFormat.styled(UnStyles.FOOTER));
        }
    }

    private static void firstPage(WordPackage word, String part, Optional<JobNumber> job, MeetingDetails details,
                                  PageGeometry page) {
        try (WordPart footer = WordPart.footer(word, part)) {
            ContentWriter out = footer.content();
            if (job.isPresent()) {
                jobLines(out, job.get(), details, page);
            }
            out.emptyParagraph(ParagraphFormat.styled(UnStyles.FOOTER));
        }
    }

    private static void jobLines(ContentWriter out, JobNumber job, MeetingDetails details, PageGeometry page) {
        FixedTable table = FixedTable.of(out, JOB_LINE_COLUMN, page.textWidth() - JOB_LINE_COLUMN);
        table.row(FixedTable.Row.PLAIN);
        table.cell(0, 1, FixedTable.Cell.PLAIN);
        out.paragraph(ParagraphFormat.styled(UnStyles.RELEASE_DATE)
                .spaceBefore(Math.max(0, FIRST_PAGE_BOTTOM - page.footer() - JOB_LINES_HEIGHT)));
        out.text(job.jobLine(details.masthead().versionLanguage(), details.processing().dutyStation(),
                details.jobProcessedDate(), details.jobReleasedDate()));
        out.endParagraph();
        String barcode = job.barcode();
        if (!barcode.isEmpty()) {
            out.paragraph(ParagraphFormat.styled(UnStyles.FOOTER).spaceBefore(80).exactLine(210));
            out.text(barcode, RunFormat.NONE.withFont(UnStyles.BARCODE_FONT).withBold(false).withSize(12));
            out.endParagraph();
        }
        table.endCell();
        table.cell(1, 1, FixedTable.Cell.PLAIN);
        out.emptyParagraph(ParagraphFormat.plain());
        table.endCell();
        table.endRow();
        table.end();
    }
}
