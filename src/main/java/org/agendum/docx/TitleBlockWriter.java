package org.agendum.docx;

import org.agendum.model.MeetingInfo;
import org.agendum.model.TitleBlock;
import org.agendum.typography.DocumentLanguage;

/**
 * The block under the masthead, at the left margin, then the title (docs/un-format.md §4.2, §4.3):
 *
 * <pre>
 * Working Group on Trafficking in Persons     ← the meeting (Session style, bold 10 pt)
 * Ninth session                               ← the session line, when there is one (Session style)
 * Vienna, 2 and 3 July 2018                   ← place and dates (Normal); the dates alone without a venue
 * Item 2 of the provisional agenda*           ← when the document has that line (AgendaItemNormal) …
 * Adoption of the agenda and other            ← … and, bold, the item's title in the left half of the page
 * organizational matters                         (AgendaTitleH2), as E/CN.15/2011/1 and A/80/590
 *
 *           Annotated provisional agenda**    ← Title_H_CH, the text at 1267; "*" when the item line has no note
 * </pre>
 *
 * The order and the styles follow A/80/590's Session / Agenda item / item title / title block and
 * CTOC/COP/WG.4/2018/1 (confirmed); the weights of the Vienna lines are inferred (DGACM's Session is bold, its
 * item line roman). Empty optional lines are left out, never written as empty paragraphs: a body's own session
 * (CAC/COSP/2015/1) has no meeting name, and its session line comes straight under the masthead. The item line
 * and the title each carry their asterisk footnote the same way ({@link Footnotes#callWithAsterisks}), so when both
 * have one the marks are "*" and "**" in reading order; a note on an empty line or title is left out with it.
 */
final class TitleBlockWriter {
    private TitleBlockWriter() {
    }

    static void write(BodyFlow body, MeetingInfo meeting, TitleBlock titleBlock, DocumentLanguage language,
                      Footnotes footnotes) {
        write(body, meeting, titleBlock, language, footnotes, "");
    }

    /**
     * @param unmarkedNote a note called from the block's first line without a mark there, first of the notes under
     *                     the masthead (the reissue's, whose asterisk the masthead's symbol shows); empty for none
     */
    static void write(BodyFlow body, MeetingInfo meeting, TitleBlock titleBlock, DocumentLanguage language,
                      Footnotes footnotes, String unmarkedNote) {
        FirstLine first = new FirstLine(unmarkedNote, footnotes);
        line(body, UnStyles.SESSION, meeting.meetingName(), first);
        line(body, UnStyles.SESSION, meeting.sessionLine(), first);
        line(body, UnStyles.NORMAL, placeAndDates(meeting, language), first);
        agendaItem(body, titleBlock, language, footnotes, first);
        // a form's standard title left as Agendum proposed it is printed in the version's language
        String title = DocxText.clean(language.ownWording(titleBlock.title(), "title.annotatedProvisionalAgenda",
                "title.provisionalAgendaAndAnnotations", "title.provisionalAgenda",
                "title.annotationsToTheProvisionalAgenda")).strip();
        if (!title.isEmpty()) {
            ContentWriter heading = body.beginHeading(ParagraphFormat.styled(UnStyles.TITLE_HCH), 3);
            heading.tabs(2);
            first.call(heading);
            heading.text(title);
            asteriskNote(heading, titleBlock.titleNote(), footnotes);
            body.endHeading(3);
        }
    }

    /**
     * "Item 2 of the provisional agenda", with the asterisk footnote when it has a note, and under it the item's
     * title. A title without the line is printed alone (the validator warns); a note without the line is left
     * out, since it would have nothing to hang on.
     */
    private static void agendaItem(BodyFlow body, TitleBlock titleBlock, DocumentLanguage language,
                                   Footnotes footnotes, FirstLine first) {
        String itemLine = DocxText.clean(language.agendaItemLine(titleBlock.agendaItemLine())).strip();
        if (!itemLine.isEmpty()) {
            ContentWriter line = body.paragraph(ParagraphFormat.styled(UnStyles.AGENDA_ITEM_NORMAL));
            first.call(line);
            line.text(itemLine);
            asteriskNote(line, titleBlock.agendaItemNote(), footnotes);
            line.endParagraph();
        }
        String itemTitle = DocxText.clean(titleBlock.agendaItemTitle()).strip();
        if (!itemTitle.isEmpty()) {
            ContentWriter title = body.keptLine(ParagraphFormat.styled(UnStyles.AGENDA_TITLE_H2).flushLeft());
            first.call(title);
            title.text(itemTitle);
            title.endParagraph();
        }
    }

    /** The line's asterisk footnote, when the note holds text: "*" for the first under the masthead, then "**". */
    private static void asteriskNote(ContentWriter line, String note, Footnotes footnotes) {
        String text = DocxText.clean(note).strip();
        if (!text.isEmpty()) {
            footnotes.callWithAsterisks(line, text);
        }
    }

    private static void line(BodyFlow body, String style, String text, FirstLine first) {
        String cleaned = DocxText.clean(text).strip();
        if (!cleaned.isEmpty()) {
            ContentWriter out = body.paragraph(ParagraphFormat.styled(style));
            first.call(out);
            out.text(cleaned);
            out.endParagraph();
        }
    }

    /**
     * "Vienna, 2 and 3 July 2018", or "9–20 April 2018" without a venue (treaty bodies in Geneva since about
     * 2013); dates in the wrong order are shown as given rather than refused. The order of place and dates is the
     * language's ("2015年6月1日至5日，维也纳").
     */
    static String placeAndDates(MeetingInfo meeting, DocumentLanguage language) {
        return language.placeAndDates(DocxText.clean(meeting.venue()).strip(), meeting.startDate(), meeting.endDate());
    }

    /** The unmarked note, called from whichever line of the block is written first (every line is optional). */
    private static final class FirstLine {
        private String note;
        private final Footnotes footnotes;

        FirstLine(String note, Footnotes footnotes) {
            this.note = DocxText.clean(note).strip();
            this.footnotes = footnotes;
        }

        void call(ContentWriter line) {
            if (!note.isEmpty()) {
                footnotes.callUnmarked(line, note);
                note = "";
            }
        }
    }
}
