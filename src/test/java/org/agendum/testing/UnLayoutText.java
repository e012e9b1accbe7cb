package org.agendum.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaLayout;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.Day;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.EntryId;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemEntry;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.Paragraph;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.TextRun;
import org.agendum.typography.UnDates;
import org.agendum.typography.UnTimes;

/**
 * A meeting as the text of its UN document reads, block by block, in the layout of the reference text
 * (CTOC/COP/WG.4/2018/1): the masthead's lines, the title, the list with its labels and punctuation, the
 * annotations with their headings, subparagraph labels, footnote calls ("victims.1") and Documentation lists, and the
 * annex's rows. Styles are written as the web copy of the reference writes them ({@code <i>…</i>}, {@code <b>…</b>},
 * a linked symbol as {@code [A/80/1](#)}). {@link #webCopy} lays the blocks out as that copy does; {@link PdfLikeText}
 * as a PDF viewer gives them.
 */
public final class UnLayoutText {
    /** A paragraph of text, with the notes its footnote calls refer to, in order; or a row of the annex's table. */
    public record Block(String text, List<String> notes, List<String> cells) {
        static Block paragraph(String text) {
            return new Block(text, List.of(), List.of());
        }

        public boolean isRow() {
            return !cells.isEmpty();
        }
    }

    /** Around a footnote's number in a block's text, so that a layout can find the call; see {@link #calls}. */
    public static final char CALL_START = '\u0001';
    public static final char CALL_END = '\u0002';

    private final List<Block> blocks = new ArrayList<>();
    /** The footnotes are numbered through the document. */
    private int notes;

    private UnLayoutText() {
    }

    public static List<Block> blocks(Meeting meeting) {
        UnLayoutText text = new UnLayoutText();
        text.details(meeting.details());
        text.list(meeting.agenda(), meeting.details().form().layout());
        text.annotations(meeting.agenda(), meeting.details().form().layout());
        text.annex(meeting);
        return text.blocks;
    }

    /**
     * As the reference text lays it out: a blank line between paragraphs, the annex's cells between tabs, and a
     * paragraph's footnotes after it, each "1 Text".
     */
    public static String webCopy(Meeting meeting) {
        StringBuilder out = new StringBuilder();
        int note = 0;
        for (Block block : blocks(meeting)) {
            if (block.isRow()) {
                out.append(String.join("\t", block.cells())).append('\n');
            } else {
                out.append(calls(block.text())).append("\n\n");
                for (String text : block.notes()) {
                    out.append(++note).append(' ').append(text).append("\n\n");
                }
            }
        }
        return out.toString();
    }

    /** The text with its footnote calls as a copy prints them: the number glued to what it follows. */
    public static String calls(String text) {
        return text.replace(String.valueOf(CALL_START), "").replace(String.valueOf(CALL_END), "");
    }

    private void details(MeetingDetails details) {
        add("United Nations");
        add(details.masthead().symbol());
        add(details.masthead().bodyName());
        add("Distr.: " + details.masthead().distribution().label());
        add(UnDates.date(details.masthead().issueDate()));
        add("Original: " + details.masthead().originalLanguage().englishName());
        addIfAny(details.masthead().languageCoverage());
        addIfAny(details.meetingInfo().meetingName());
        addIfAny(details.meetingInfo().sessionLine());
        String dates = UnDates.range(details.meetingInfo().startDate(), details.meetingInfo().endDate());
        add(details.meetingInfo().venue().isBlank() ? dates : details.meetingInfo().venue() + ", " + dates);
        addIfAny(details.titleBlock().agendaItemLine());
        addIfAny(details.titleBlock().agendaItemTitle());
        add(details.titleBlock().title());
    }

    private void list(Agenda agenda, AgendaLayout layout) {
        if (!layout.printsList()) {
            return;
        }
        layout.listHeading().ifPresent(h -> add((layout.numberedParts() ? "I. " : "") + h));
        for (AgendaPunctuation.ListEntry entry : AgendaPunctuation.listEntries(agenda)) {
            add(entry.numbered().listLabel() + " " + entry.text());
        }
    }

    private void annotations(Agenda agenda, AgendaLayout layout) {
        if (!layout.printsAnnotations()) {
            return;
        }
        layout.annotationsHeading().ifPresent(h -> add((layout.numberedParts() ? "II. " : "") + h));
        for (Agenda.NumberedItem numbered : agenda.numbered()) {
            AgendaItem item = numbered.item();
            if (!item.hasAnnotationContent()) {
                continue;
            }
            add(numbered.listLabel() + " " + AgendaPunctuation.heading(item.annotationHeading()));
            List<String> labels = item.annotation().subparagraphLabels();
            for (int p = 0; p < item.annotation().paragraphs().size(); p++) {
                paragraph(labels.get(p), item.annotation().paragraphs().get(p));
            }
            if (!item.documentation().isEmpty()) {
                add("Documentation");
                for (DocumentationEntry entry : item.documentation()) {
                    add(entry.description() + " (" + entry.symbol() + ")");
                }
            }
        }
    }

    private void paragraph(String label, Paragraph paragraph) {
        StringBuilder text = new StringBuilder(label.isEmpty() ? "" : label + " ");
        List<String> calls = new ArrayList<>();
        for (Inline inline : paragraph.inlines()) {
            if (inline instanceof TextRun run) {
                text.append(styled(run));
            } else {
                FootnoteMark note = (FootnoteMark) inline;
                text.append(CALL_START).append(++notes).append(CALL_END);
                StringBuilder noteText = new StringBuilder();
                note.text().forEach(run -> noteText.append(styled(run)));
                calls.add(noteText.toString());
            }
        }
        blocks.add(new Block(text.toString(), calls, List.of()));
    }

    /** A run as the web copy marks it up. */
    public static String styled(TextRun run) {
        String text = run.text();
        if (run.style().link() != null && run.style().link().equals(DocumentSymbol.odsAddress(text))) {
            text = "[" + text + "](#)";
        } else if (run.style().link() != null) {
            text = "[" + text + "](" + run.style().link() + ")";
        }
        if (run.style().italic()) {
            text = "<i>" + text + "</i>";
        }
        if (run.style().bold()) {
            text = "<b>" + text + "</b>";
        }
        return text;
    }

    private void annex(Meeting meeting) {
        if (meeting.organization().days().isEmpty()) {
            return;
        }
        add("Annex");
        add("Proposed organization of work");
        row("<i>Date and time</i>", "<i>Agenda item</i>", "<i>Title or description</i>");
        Set<EntryId> continued = meeting.organization().continuations();
        for (Day day : meeting.organization().days()) {
            row(UnDates.weekdayAndDate(day.date()), "", "");
            for (MeetingSlot slot : day.meetings()) {
                String times = UnTimes.range(slot.start(), slot.end());
                for (ScheduleEntry entry : slot.entries()) {
                    if (entry instanceof ItemEntry item) {
                        Agenda.NumberedItem numbered = meeting.agenda().numbered(item.item()).orElseThrow();
                        row(times, numbered.reference(), AgendaPunctuation.heading(numbered.item().title())
                                + (continued.contains(entry.id()) ? " (<i>continued</i>)" : ""));
                    } else {
                        row(times, "", ((NoteEntry) entry).text());
                    }
                    times = "";
                }
            }
        }
    }

    private void row(String... cells) {
        blocks.add(new Block("", List.of(), List.of(cells)));
    }

    private void add(String text) {
        blocks.add(Block.paragraph(text));
    }

    private void addIfAny(String text) {
        if (!text.isBlank()) {
            add(text);
        }
    }
}
