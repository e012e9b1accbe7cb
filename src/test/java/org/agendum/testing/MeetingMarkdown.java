package org.agendum.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.Day;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.EntryId;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Masthead;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingInfo;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.typography.UnDates;
import org.agendum.typography.UnTimes;

/**
 * A meeting as pandoc Markdown with the content of Agendum's Word export: the lines under the masthead, the
 * provisional agenda as a numbered list, the annotations (headings, paragraphs, subparagraphs, footnotes, linked
 * symbols, Documentation lists) and the annex table. The benchmark gives it to {@code pandoc -o x.docx}, so that
 * both programs lay out the same text. Layout details pandoc cannot express (the masthead's frames, running
 * headers, the UN styles) are left to pandoc's defaults.
 */
public final class MeetingMarkdown {
    private MeetingMarkdown() {
    }

    public static String of(Meeting meeting) {
        StringBuilder out = new StringBuilder();
        details(meeting.details(), out);
        agendaList(meeting.agenda(), out);
        annotations(meeting.agenda(), out);
        annex(meeting, out);
        return out.toString();
    }

    private static void details(MeetingDetails details, StringBuilder out) {
        Masthead masthead = details.masthead();
        MeetingInfo meeting = details.meetingInfo();
        out.append("United Nations \u2003 ").append(escape(masthead.symbol())).append("\n\n");
        out.append("**").append(escape(masthead.bodyName())).append("**\n\n");
        out.append("Distr.: ").append(masthead.distribution().label()).append("  \n")
                .append(UnDates.date(masthead.issueDate())).append("  \nOriginal: ")
                .append(masthead.originalLanguage().englishName()).append("\n\n");
        out.append("**").append(escape(meeting.meetingName())).append("**\n\n");
        if (!meeting.sessionLine().isBlank()) {
            out.append(escape(meeting.sessionLine())).append("\n\n");
        }
        out.append(escape(meeting.venue())).append(", ").append(UnDates.range(meeting.startDate(), meeting.endDate()))
                .append("\n\n");
        out.append("# ").append(escape(details.titleBlock().title())).append("\n\n");
    }

    /** Items as "1." and sub-items as "(a)" (pandoc's fancy lists), with the agenda's punctuation. */
    private static void agendaList(Agenda agenda, StringBuilder out) {
        out.append("## Provisional agenda\n\n");
        for (AgendaPunctuation.ListEntry entry : AgendaPunctuation.listEntries(agenda)) {
            int depth = entry.numbered().depth();
            out.append("    ".repeat(depth)).append(entry.numbered().listLabel()).append(' ')
                    .append(escape(entry.text())).append('\n');
        }
        out.append('\n');
    }

    private static void annotations(Agenda agenda, StringBuilder out) {
        out.append("## Annotations\n\n");
        int footnote = 0;
        for (Agenda.NumberedItem n : agenda.numbered()) {
            out.append("#".repeat(Math.min(6, 3 + n.depth()))).append(' ').append(n.listLabel()).append(' ')
                    .append(escape(AgendaPunctuation.heading(n.item().title()))).append("\n\n");
            RichText text = n.item().annotation();
            List<String> labels = text.subparagraphLabels();
            StringBuilder notes = new StringBuilder();
            for (int i = 0; i < text.paragraphs().size(); i++) {
                Paragraph paragraph = text.paragraphs().get(i);
                if (paragraph.level() > 0) {
                    out.append(labels.get(i).replace("(", "\\(").replace(")", "\\)")).append(' ');
                }
                for (Inline inline : paragraph.inlines()) {
                    if (inline instanceof FootnoteMark mark) {
                        footnote++;
                        out.append("[^").append(footnote).append(']');
                        notes.append("[^").append(footnote).append("]: ").append(runs(mark.text())).append("\n\n");
                    } else {
                        out.append(run((TextRun) inline));
                    }
                }
                out.append("\n\n");
            }
            out.append(notes);
            documentation(n.item().documentation(), out);
        }
    }

    private static void documentation(List<DocumentationEntry> entries, StringBuilder out) {
        if (entries.isEmpty()) {
            return;
        }
        out.append("*Documentation*\n\n");
        for (DocumentationEntry entry : entries) {
            out.append(escape(entry.description())).append(" (").append(link(entry.symbol(),
                    DocumentSymbol.odsAddress(entry.symbol()))).append(")\n\n");
        }
    }

    /** The annex as a pipe table: a row per day, the time on a meeting's first row, "(continued)" in italics. */
    private static void annex(Meeting meeting, StringBuilder out) {
        if (meeting.organization().days().isEmpty()) {
            return;
        }
        out.append("# Annex\n\n## Proposed organization of work\n\n");
        out.append("| *Date and time* | *Agenda item* | *Title or description* |\n|---|---|---|\n");
        Map<ItemId, Agenda.NumberedItem> numbered = meeting.agenda().numbered().stream()
                .collect(Collectors.toMap(n -> n.item().id(), Function.identity(), (a, b) -> a));
        Set<EntryId> continued = meeting.organization().continuations();
        for (Day day : meeting.organization().days()) {
            out.append("| **").append(UnDates.weekdayAndDate(day.date())).append("** | | |\n");
            for (MeetingSlot slot : day.meetings()) {
                String time = UnTimes.range(slot.start(), slot.end());
                for (ScheduleEntry entry : slot.entries()) {
                    out.append("| ").append(time).append(" | ");
                    time = "";
                    if (entry instanceof ItemEntry item && numbered.containsKey(item.item())) {
                        Agenda.NumberedItem n = numbered.get(item.item());
                        out.append(n.reference()).append(" | ")
                                .append(escape(AgendaPunctuation.heading(n.item().title())))
                                .append(continued.contains(entry.id()) ? " (*continued*)" : "");
                    } else if (entry instanceof NoteEntry note) {
                        out.append(" | ").append(escape(note.text()));
                    }
                    out.append(" |\n");
                }
            }
        }
        out.append('\n');
    }

    private static String runs(List<TextRun> runs) {
        StringBuilder out = new StringBuilder();
        runs.forEach(run -> out.append(run(run)));
        return out.toString();
    }

    private static String run(TextRun run) {
        TextStyle style = run.style();
        String text = escape(run.text());
        if (style.isLink()) {
            text = link(run.text(), style.link());
        }
        if (style.superscript()) {
            text = "^" + text.replace(" ", "\\ ") + "^";
        }
        if (style.underline()) {
            text = "[" + text + "]{.underline}";
        }
        if (style.italic()) {
            text = "*" + text + "*";
        }
        if (style.bold()) {
            text = "**" + text + "**";
        }
        return text;
    }

    private static String link(String text, String address) {
        return "[" + escape(text) + "](" + address.replace(" ", "%20").replace(")", "%29") + ")";
    }

    /** Backslashes before the characters Markdown would read as markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]<>#|^~$".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }
}
