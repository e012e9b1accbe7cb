package org.agendum.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.Day;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.ScheduleEntry;
import org.agendum.typography.DocumentLanguage;

/**
 * The annex "Proposed organization of work" on a new page (docs/un-format.md §6.3).
 *
 * <p>Content (confirmed, CTOC/COP/WG.4/2018/1): three columns, Date and time | Agenda item | Title or
 * description, with italic heads; a row per day ("Monday, 2 July", no year); the meeting's time ("10 a.m.–1
 * p.m.") only on the row where the meeting starts; item numbers as references ("1 (a)"); the title again,
 * followed by "(continued)" with only the word continued in italics where an item carries on from an earlier
 * meeting. A meeting's label, when it has one, goes under its time. An entry whose item was deleted is left
 * out (the validator reports it).
 *
 * <p>Table conventions of A/80/590 (confirmed there, inferred for Vienna): fixed columns within the SingleTxt
 * measure, indented 1267, no vertical rules; the head row with a ½-pt rule above and a 1½-pt rule below, a
 * 115-twip spacer row, both repeated at the top of each page; 1½-pt rule under the last row; cell text 8.5 pt
 * on a 10.5-pt line with 2 pt above and below, heads 7 pt italic. Day rows are bold like A/80/590's group rows
 * (whether UNOV sets them bold is not known, §12.4) and are kept with the meeting after them.
 */
final class AnnexWriter {
    /** Column widths: the day and time, the item number, and the rest of the measure for the title. */
    static final int DATE_COLUMN = 2160;
    static final int ITEM_COLUMN = 936;
    /** The space between columns: a right cell margin (A/80/590 uses 0 margins and a 144-twip indent instead). */
    static final int COLUMN_GAP = 144;
    private static final List<String> HEADS = List.of("annex.head.dateAndTime", "annex.head.agendaItem",
            "annex.head.titleOrDescription");
    private static final FixedTable.Cell HEAD = new FixedTable.Cell(FixedTable.HALF_POINT, FixedTable.POINT_AND_HALF,
            true);
    private static final FixedTable.Cell UNDER_HEAD = new FixedTable.Cell(FixedTable.POINT_AND_HALF, 0, false);
    private static final FixedTable.Cell LAST = new FixedTable.Cell(0, FixedTable.POINT_AND_HALF, false);

    /**
     * One row of the table under its heads: a day's date (bold, kept with the meeting after it), or an entry with
     * the meeting's time and label on its first row, or a meeting with no entries. Rows are gathered before they
     * are written because the last one carries the rule that closes the table.
     *
     * @param continued the title is followed by " (continued)"
     */
    private record Row(String date, MeetingSlot startsMeeting, String reference, String title, boolean continued) {
    }

    private AnnexWriter() {
    }

    static int[] columns(PageGeometry page) {
        return new int[] {DATE_COLUMN, ITEM_COLUMN, page.bodyMeasure() - DATE_COLUMN - ITEM_COLUMN};
    }

    static void write(BodyFlow body, Meeting meeting, DocumentLanguage language, PageGeometry page) {
        if (meeting.organization().days().isEmpty()) {
            return;
        }
        ContentWriter annex = body.beginHeading(ParagraphFormat.styled(UnStyles.HCH).pageBreakBefore(), 0);
        annex.text(language.label("annex.heading"));
        body.endHeading(2);
        body.numberedHeading(UnStyles.HCH, 2, "", language.label("annex.title"));

        FixedTable table = body.table(PageGeometry.BODY_INDENT, COLUMN_GAP, columns(page));
        ContentWriter out = table.content();
        table.row(new FixedTable.Row(true, 0, true));
        for (int column = 0; column < HEADS.size(); column++) {
            table.textCell(column, HEAD, ParagraphFormat.styled(UnStyles.TABLE_HEAD), language.label(HEADS.get(column)));
        }
        table.endRow();
        table.row(new FixedTable.Row(true, 115, false));
        for (int column = 0; column < HEADS.size(); column++) {
            table.textCell(column, UNDER_HEAD, ParagraphFormat.styled(UnStyles.TABLE_TEXT), "");
        }
        table.endRow();

        List<Row> rows = rows(meeting, language);
        for (int i = 0; i < rows.size(); i++) {
            row(table, out, rows.get(i), language, i == rows.size() - 1 ? LAST : FixedTable.Cell.PLAIN);
        }
        table.end();
        body.spacers(1);
    }

    private static List<Row> rows(Meeting meeting, DocumentLanguage language) {
        Agenda agenda = meeting.agenda();
        Map<ItemId, Agenda.NumberedItem> numbered = agenda.numbered().stream()
                .collect(Collectors.toMap(n -> n.item().id(), Function.identity(), (a, b) -> a));
        Set<EntryId> continued = meeting.organization().continuations();
        List<Row> rows = new ArrayList<>();
        for (Day day : meeting.organization().days()) {
            rows.add(new Row(language.dates().weekdayAndDayMonth(day.date()), null, "", "", false));
            for (MeetingSlot slot : day.meetings()) {
                List<ScheduleEntry> entries = slot.entries().stream()
                        .filter(e -> e instanceof NoteEntry || numbered.containsKey(((ItemEntry) e).item()))
                        .toList();
                boolean first = true;
                for (ScheduleEntry entry : entries) {
                    MeetingSlot starts = first ? slot : null;
                    first = false;
                    if (entry instanceof ItemEntry item) {
                        Agenda.NumberedItem n = numbered.get(item.item());
                        rows.add(new Row(null, starts, language.numbering().reference(n.ordinals()),
                                AgendaPunctuation.heading(DocxText.clean(n.item().title())),
                                continued.contains(entry.id())));
                    } else {
                        rows.add(new Row(null, starts, "", ((NoteEntry) entry).text(), false));
                    }
                }
                if (entries.isEmpty()) {
                    rows.add(new Row(null, slot, "", "", false));
                }
            }
        }
        return rows;
    }

    private static void row(FixedTable table, ContentWriter out, Row row, DocumentLanguage language,
                            FixedTable.Cell cell) {
        table.row(FixedTable.Row.UNSPLIT);
        table.cell(0, 1, cell);
        if (row.date != null) {
            // the day's date, bold and kept with the meeting after it
            String date = DocxText.clean(row.date).strip();
            out.paragraph(ParagraphFormat.styled(UnStyles.TABLE_TEXT).keepWithNext());
            if (!date.isEmpty()) {
                out.text(date, RunFormat.NONE.withBold(true));
            }
            out.endParagraph();
        } else {
            timeCell(out, row.startsMeeting, language);
        }
        table.endCell();
        table.textCell(1, cell, ParagraphFormat.styled(UnStyles.TABLE_TEXT), DocxText.clean(row.reference).strip());
        table.cell(2, 1, cell);
        out.paragraph(ParagraphFormat.styled(UnStyles.TABLE_TEXT));
        String title = DocxText.clean(row.title).strip();
        if (!title.isEmpty()) {
            out.text(title);
        }
        if (row.continued) {
            continued(out, language);
        }
        out.endParagraph();
        table.endCell();
        table.endRow();
    }

    /** The meeting's time on its first row (and its label under it); later rows of the meeting leave it empty. */
    private static void timeCell(ContentWriter out, MeetingSlot slot, DocumentLanguage language) {
        String time = slot == null ? "" : DocxText.clean(times(slot, language)).strip();
        out.paragraph(ParagraphFormat.styled(UnStyles.TABLE_TEXT));
        if (!time.isEmpty()) {
            out.text(time);
        }
        out.endParagraph();
        String label = slot == null ? "" : DocxText.clean(slot.label()).strip();
        if (!label.isEmpty()) {
            out.paragraph(ParagraphFormat.styled(UnStyles.TABLE_TEXT));
            out.text(label);
            out.endParagraph();
        }
    }

    /** "10 a.m.–1 p.m."; a meeting that ends before it starts is shown as typed rather than refused. */
    static String times(MeetingSlot slot, DocumentLanguage language) {
        return language.times().meeting(slot.start(), slot.end());
    }

    /**
     * " (continued)", with only the word in italics (confirmed: the seed has "(<i>continued</i>)"); the brackets
     * and the word are the version's (Chinese "（续）").
     */
    private static void continued(ContentWriter out, DocumentLanguage language) {
        out.text(language.label("annex.continued.open"));
        out.text(language.label("annex.continued"), RunFormat.NONE.withItalic(true));
        out.text(language.label("annex.continued.close"));
    }
}
