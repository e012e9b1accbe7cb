package org.agendum.docx;

import java.util.Optional;
import org.agendum.model.MeetingDetails;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

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

    private RunningFooters() {
    }

    static void write(XWPFDocument document, MeetingDetails details, PageGeometry page) {
        Optional<JobNumber> job = JobNumber.of(details.processing().jobNumber());
        footer(document.createFooter(HeaderFooterType.EVEN), job, page, false);
        footer(document.createFooter(HeaderFooterType.DEFAULT), job, page, true);
        firstPage(document.createFooter(HeaderFooterType.FIRST), job, details, page);
    }

    private static void footer(XWPFFooter footer, Optional<JobNumber> job, PageGeometry page, boolean oddPage) {
        int half = page.textWidth() / 2;
        XwpfTable table = XwpfTable.of(footer.createTable(1, 1), half, page.textWidth() - half);
        XWPFTableRow row = table.row();
        XWPFTableCell left = table.cell(row, 0, 1);
        XWPFTableCell right = table.cell(row, 1, 1);
        XWPFParagraph pageNumber = Paragraphs.styled((oddPage ? right : left).getParagraphs().get(0), UnStyles.FOOTER);
        XWPFParagraph jobNumber = Paragraphs.styled((oddPage ? left : right).getParagraphs().get(0), UnStyles.FOOTER);
        if (oddPage) {
            Paragraphs.alignRight(pageNumber);
        } else {
            Paragraphs.alignRight(jobNumber);
        }
        XwpfFields.field(pageNumber, XwpfFields.PAGE, null, run -> run.setTextScale(103));
        XWPFRun slash = Paragraphs.text(pageNumber, "/");
        slash.setTextScale(103);
        XwpfFields.field(pageNumber, XwpfFields.NUMPAGES, null, run -> run.setTextScale(103));
        job.ifPresent(number -> XwpfFields.field(jobNumber, XwpfFields.docVariable(DocumentProperties.FOOTER_JOB_VARIABLE),
                number.number(), run -> {
                    run.setBold(false);
                    run.setTextScale(103);
                    run.setFontSize(7);
                }));
        Paragraphs.styled(footer.createParagraph(), UnStyles.FOOTER);
    }

    private static void firstPage(XWPFFooter footer, Optional<JobNumber> job, MeetingDetails details,
                                  PageGeometry page) {
        if (job.isEmpty()) {
            Paragraphs.styled(footer.createParagraph(), UnStyles.FOOTER);
            return;
        }
        XwpfTable table = XwpfTable.of(footer.createTable(1, 1), JOB_LINE_COLUMN,
                page.textWidth() - JOB_LINE_COLUMN);
        XWPFTableRow row = table.row();
        XWPFTableCell cell = table.cell(row, 0, 1);
        table.cell(row, 1, 1);
        XWPFParagraph jobLine = Paragraphs.styled(cell.getParagraphs().get(0), UnStyles.RELEASE_DATE);
        Paragraphs.spaceBefore(jobLine, Math.max(0, FIRST_PAGE_BOTTOM - page.footer() - JOB_LINES_HEIGHT));
        Paragraphs.text(jobLine, job.get().jobLine(details.masthead().versionLanguage(),
                details.processing().dutyStation(), details.jobProcessedDate(), details.jobReleasedDate()));
        String barcode = job.get().barcode();
        if (!barcode.isEmpty()) {
            XWPFParagraph code = Paragraphs.styled(cell.addParagraph(), UnStyles.FOOTER);
            Paragraphs.spaceBefore(code, 80);
            Paragraphs.exactLine(code, 210);
            XWPFRun run = Paragraphs.text(code, barcode);
            run.setFontFamily(UnStyles.BARCODE_FONT);
            run.setBold(false);
            run.setFontSize(12);
        }
        Paragraphs.styled(footer.createParagraph(), UnStyles.FOOTER);
    }
}
