package org.agendum.docx;

import org.agendum.model.MeetingInfo;
import org.agendum.model.TitleBlock;
import org.agendum.typography.UnDates;
import org.agendum.typography.UnText;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The block under the masthead, at the left margin, then the title (docs/un-format.md §4.2, §4.3):
 *
 * <pre>
 * Working Group on Trafficking in Persons     ← the meeting (Session style, bold 10 pt)
 * Ninth session                               ← the session line, when there is one (Session style)
 * Vienna, 2 and 3 July 2018                   ← place and dates (Normal)
 * Item 2 of the provisional agenda            ← only when the meeting has that line (Normal)
 *
 *           Annotated provisional agenda      ← Title_H_CH, the text at 1267
 * </pre>
 *
 * The order and the title's style follow A/80/590's Session / Agenda item / title block and CTOC/COP/WG.4/2018/1
 * (confirmed); the weights of the Vienna lines are inferred (DGACM's Session is bold, its item line roman).
 * Empty optional lines are left out, never written as empty paragraphs.
 */
final class TitleBlockWriter {
    private TitleBlockWriter() {
    }

    static void write(BodyFlow body, MeetingInfo meeting, TitleBlock titleBlock) {
        line(body, UnStyles.SESSION, meeting.meetingName());
        line(body, UnStyles.SESSION, meeting.sessionLine());
        line(body, UnStyles.NORMAL, placeAndDates(meeting));
        line(body, UnStyles.NORMAL, titleBlock.agendaItemLine());
        String title = DocxText.clean(titleBlock.title()).strip();
        if (!title.isEmpty()) {
            XWPFParagraph heading = body.beginHeading(UnStyles.TITLE_HCH, 3);
            Paragraphs.tabs(heading, 2);
            Paragraphs.text(heading, title);
            body.endHeading(3);
        }
    }

    private static void line(BodyFlow body, String style, String text) {
        String cleaned = DocxText.clean(text).strip();
        if (!cleaned.isEmpty()) {
            Paragraphs.text(body.paragraph(style), cleaned);
        }
    }

    /** "Vienna, 2 and 3 July 2018"; dates in the wrong order are shown as given rather than refused. */
    static String placeAndDates(MeetingInfo meeting) {
        String dates = meeting.endDate().isBefore(meeting.startDate())
                ? UnDates.date(meeting.startDate()) + UnText.EN_DASH + UnDates.date(meeting.endDate())
                : UnDates.range(meeting.startDate(), meeting.endDate());
        String venue = DocxText.clean(meeting.venue()).strip();
        return venue.isEmpty() ? dates : venue + ", " + dates;
    }
}
