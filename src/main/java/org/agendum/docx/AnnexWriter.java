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
import org.agendum.typography.UnDates;
import org.agendum.typography.UnText;
import org.agendum.typography.UnTimes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

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

    private AnnexWriter() {
    }

    static int[] columns(PageGeometry page) {
        return new int[] {DATE_COLUMN, ITEM_COLUMN, page.bodyMeasure() - DATE_COLUMN - ITEM_COLUMN};
    }

    static void write(BodyFlow body, Meeting meeting, PageGeometry page) {
        if (meeting.organization().days().isEmpty()) {
            return;
        }
        XWPFParagraph annex = body.beginHeading(UnStyles.HCH, 0);
        annex.setPageBreak(true);
        Paragraphs.text(annex, "Annex");
        body.endHeading(2);
        body.numberedHeading(UnStyles.HCH, 2, "", "Proposed organization of work");

        XwpfTable table = XwpfTable.indented(body.table(), PageGeometry.BODY_INDENT, COLUMN_GAP, columns(page));
        XWPFTableRow head = table.row();
        XwpfTable.repeatAsHeader(head);
        XwpfTable.cantSplit(head);
        for (String title : List.of("Date and time", "Agenda item", "Title or description")) {
            XWPFTableCell cell = table.cell(head, head.getTableCells().size(), 1);
            XwpfTable.rule(cell, XwpfTable.Side.TOP, XwpfTable.HALF_POINT);
            XwpfTable.rule(cell, XwpfTable.Side.BOTTOM, XwpfTable.POINT_AND_HALF);
            XwpfTable.alignBottom(cell);
            Paragraphs.text(Paragraphs.styled(cell.getParagraphs().get(0), UnStyles.TABLE_HEAD), title);
        }
        XWPFTableRow spacer = table.row();
        XwpfTable.repeatAsHeader(spacer);
        XwpfTable.exactHeight(spacer, 115);
        for (int column = 0; column < 3; column++) {
            XWPFTableCell cell = table.cell(spacer, column, 1);
            XwpfTable.rule(cell, XwpfTable.Side.TOP, XwpfTable.POINT_AND_HALF);
            Paragraphs.styled(cell.getParagraphs().get(0), UnStyles.TABLE_TEXT);
        }

        Agenda agenda = meeting.agenda();
        Map<ItemId, Agenda.NumberedItem> numbered = agenda.numbered().stream()
                .collect(Collectors.toMap(n -> n.item().id(), Function.identity(), (a, b) -> a));
        Set<EntryId> continued = meeting.organization().continuations();
        List<XWPFTableRow> rows = new ArrayList<>();
        for (Day day : meeting.organization().days()) {
            XWPFTableRow dayRow = row(table, rows);
            XWPFParagraph date = cellText(table, dayRow, 0, UnDates.weekdayAndDate(day.date()));
            date.getRuns().forEach(run -> run.setBold(true));
            Paragraphs.keepWithNext(date);
            cellText(table, dayRow, 1, "");
            cellText(table, dayRow, 2, "");
            for (MeetingSlot slot : day.meetings()) {
                List<ScheduleEntry> entries = slot.entries().stream()
                        .filter(e -> e instanceof NoteEntry || numbered.containsKey(((ItemEntry) e).item()))
                        .toList();
                boolean first = true;
                for (ScheduleEntry entry : entries) {
                    XWPFTableRow row = row(table, rows);
                    timeCell(table, row, first ? slot : null);
                    first = false;
                    if (entry instanceof ItemEntry item) {
                        Agenda.NumberedItem n = numbered.get(item.item());
                        cellText(table, row, 1, n.reference());
                        XWPFParagraph title = cellText(table, row, 2,
                                AgendaPunctuation.heading(DocxText.clean(n.item().title())));
                        if (continued.contains(entry.id())) {
                            continued(title);
                        }
                    } else {
                        cellText(table, row, 1, "");
                        cellText(table, row, 2, ((NoteEntry) entry).text());
                    }
                }
                if (entries.isEmpty()) {
                    XWPFTableRow row = row(table, rows);
                    timeCell(table, row, slot);
                    cellText(table, row, 1, "");
                    cellText(table, row, 2, "");
                }
            }
        }
        if (!rows.isEmpty()) {
            rows.get(rows.size() - 1).getTableCells()
                    .forEach(cell -> XwpfTable.rule(cell, XwpfTable.Side.BOTTOM, XwpfTable.POINT_AND_HALF));
        }
        body.spacers(1);
    }

    private static XWPFTableRow row(XwpfTable table, List<XWPFTableRow> rows) {
        XWPFTableRow row = table.row();
        XwpfTable.cantSplit(row);
        rows.add(row);
        return row;
    }

    private static XWPFParagraph cellText(XwpfTable table, XWPFTableRow row, int column, String text) {
        XWPFTableCell cell = table.cell(row, column, 1);
        XWPFParagraph paragraph = Paragraphs.styled(cell.getParagraphs().get(0), UnStyles.TABLE_TEXT);
        String cleaned = DocxText.clean(text).strip();
        if (!cleaned.isEmpty()) {
            Paragraphs.text(paragraph, cleaned);
        }
        return paragraph;
    }

    /** The meeting's time on its first row (and its label under it); later rows of the meeting leave it empty. */
    private static void timeCell(XwpfTable table, XWPFTableRow row, MeetingSlot slot) {
        cellText(table, row, 0, slot == null ? "" : times(slot));
        String label = slot == null ? "" : DocxText.clean(slot.label()).strip();
        if (!label.isEmpty()) {
            Paragraphs.text(Paragraphs.styled(row.getCell(0).addParagraph(), UnStyles.TABLE_TEXT), label);
        }
    }

    /** "10 a.m.–1 p.m."; a meeting that ends before it starts is shown as typed rather than refused. */
    static String times(MeetingSlot slot) {
        try {
            return UnTimes.range(slot.start(), slot.end());
        } catch (IllegalArgumentException e) {
            return UnTimes.time(slot.start()) + UnText.EN_DASH + UnTimes.time(slot.end());
        }
    }

    /** " (continued)", with only the word in italics (confirmed: the seed has "(<i>continued</i>)"). */
    private static void continued(XWPFParagraph title) {
        Paragraphs.text(title, " (");
        XWPFRun word = Paragraphs.text(title, "continued");
        word.setItalic(true);
        Paragraphs.text(title, ")");
    }
}
