package org.agendum.rollforward;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.TextRun;
import org.agendum.model.TitleBlock;
import org.agendum.typography.UnDates;

/**
 * Every text of a meeting that may speak of its session, each passed through a function that may rewrite it: the
 * title block, each item's title, heading, annotation (run by run, footnotes too) and Documentation descriptions, and
 * the organization of work's notes and meeting labels. The body's name, the meeting's name and the session line are
 * not among them: the roll-forward asks for those in fields of their own. The texts are visited in the same order
 * every time, so the n-th text of a meeting is a place that finding and changing agree on.
 */
final class MeetingTexts {
    /** What is done with each text: its new text (the same text to leave it). */
    @FunctionalInterface
    interface Rewrite {
        String apply(TextPlace place, String text);
    }

    private final Rewrite rewrite;
    private int next;

    private MeetingTexts(Rewrite rewrite) {
        this.rewrite = rewrite;
    }

    /** The meeting with each text rewritten; the rest (ids, styles, dates, structure) as it was. */
    static Meeting rewrite(Meeting meeting, Rewrite rewrite) {
        return new MeetingTexts(rewrite).meeting(meeting);
    }

    /** Visits each text, changing nothing. */
    static void visit(Meeting meeting, Rewrite reader) {
        rewrite(meeting, reader);
    }

    private String text(String where, String text) {
        return rewrite.apply(new TextPlace(next++, where), text);
    }

    private Meeting meeting(Meeting meeting) {
        TitleBlock block = meeting.details().titleBlock();
        TitleBlock newBlock = new TitleBlock(text("Item line", block.agendaItemLine()),
                text("Item title", block.agendaItemTitle()), text("Asterisk footnote", block.agendaItemNote()),
                text("Title", block.title()), text("Title footnote", block.titleNote()));
        Agenda agenda = new Agenda(items(meeting.agenda(), meeting.agenda().items()));
        return new Meeting(meeting.details().withTitleBlock(newBlock), agenda, organization(meeting.organization()));
    }

    private List<AgendaItem> items(Agenda agenda, List<AgendaItem> items) {
        List<AgendaItem> out = new ArrayList<>(items.size());
        for (AgendaItem item : items) {
            String name = "Item " + agenda.numbered(item.id()).orElseThrow().reference();
            String title = text(name + ", title", item.title());
            String heading = text(name + ", annotation heading", item.heading());
            RichText annotation = annotation(name, item.annotation());
            List<DocumentationEntry> documentation = new ArrayList<>();
            for (DocumentationEntry entry : item.documentation()) {
                documentation.add(new DocumentationEntry(text(name + ", Documentation", entry.description()),
                        entry.symbol()));
            }
            out.add(new AgendaItem(item.id(), title, annotation, documentation, items(agenda, item.subItems()), heading,
                    item.listEnd(), item.mark()));
        }
        return out;
    }

    private RichText annotation(String name, RichText annotation) {
        List<Paragraph> paragraphs = new ArrayList<>(annotation.paragraphs().size());
        for (Paragraph paragraph : annotation.paragraphs()) {
            List<Inline> inlines = new ArrayList<>(paragraph.inlines().size());
            for (Inline inline : paragraph.inlines()) {
                if (inline instanceof TextRun run) {
                    inlines.add(new TextRun(text(name + ", annotation", run.text()), run.style()));
                } else {
                    List<TextRun> runs = new ArrayList<>();
                    for (TextRun run : ((FootnoteMark) inline).text()) {
                        runs.add(new TextRun(text(name + ", footnote", run.text()), run.style()));
                    }
                    inlines.add(new FootnoteMark(runs));
                }
            }
            paragraphs.add(new Paragraph(paragraph.level(), inlines));
        }
        return new RichText(paragraphs);
    }

    private OrganizationOfWork organization(OrganizationOfWork organization) {
        List<Day> days = new ArrayList<>(organization.days().size());
        for (Day day : organization.days()) {
            String name = "Organization of work, " + UnDates.weekdayAndDate(day.date());
            List<MeetingSlot> slots = new ArrayList<>(day.meetings().size());
            for (MeetingSlot slot : day.meetings()) {
                String label = text(name + ", meeting label", slot.label());
                List<ScheduleEntry> entries = new ArrayList<>(slot.entries().size());
                for (ScheduleEntry entry : slot.entries()) {
                    entries.add(entry instanceof NoteEntry note
                            ? new NoteEntry(note.id(), text(name + ", note", note.text())) : entry);
                }
                slots.add(new MeetingSlot(slot.id(), slot.start(), slot.end(), label, entries));
            }
            days.add(new Day(day.date(), slots));
        }
        return new OrganizationOfWork(days);
    }
}
