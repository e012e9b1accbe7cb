package org.agendum.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
 * The proposed organization of work as the annex prints it (docs/un-format.md §6.3), in the words of the version's
 * language: per day its date ("Monday, 2 July"), per meeting its time ("10 a.m.–1 p.m.") and label, per entry the
 * item's reference ("1 (a)"), its title without final punctuation and whether it is "(continued)", or a note's
 * text. The Word annex and the programme's exports (calendar, spreadsheet, CSV) are all made from this one table,
 * so they cannot disagree. An entry whose item was deleted is left out (the validator reports it).
 */
public record AnnexTable(List<AnnexDay> days) {
    public AnnexTable {
        days = List.copyOf(days);
    }

    /**
     * @param text what each format makes of a typed title before its final punctuation is taken off: the Word
     *             export drops the characters XML cannot hold (a stray control character must not hide the full
     *             stop), a CSV file keeps everything
     */
    public static AnnexTable of(Meeting meeting, DocumentLanguage language, UnaryOperator<String> text) {
        Objects.requireNonNull(language, "language");
        Agenda agenda = meeting.agenda();
        Map<ItemId, Agenda.NumberedItem> numbered = agenda.numbered().stream()
                .collect(Collectors.toMap(n -> n.item().id(), Function.identity(), (a, b) -> a));
        Set<EntryId> continued = meeting.organization().continuations();
        List<AnnexDay> days = new ArrayList<>();
        for (Day day : meeting.organization().days()) {
            List<AnnexMeeting> meetings = new ArrayList<>();
            for (MeetingSlot slot : day.meetings()) {
                List<AnnexEntry> entries = new ArrayList<>();
                for (ScheduleEntry entry : slot.entries()) {
                    if (entry instanceof ItemEntry item && numbered.containsKey(item.item())) {
                        Agenda.NumberedItem n = numbered.get(item.item());
                        entries.add(AnnexEntry.item(entry.id(), item.item(),
                                language.numbering().reference(n.ordinals()),
                                AgendaPunctuation.heading(text.apply(n.item().title())),
                                continued.contains(entry.id())));
                    } else if (entry instanceof NoteEntry note) {
                        entries.add(AnnexEntry.note(entry.id(), note.text()));
                    }
                }
                meetings.add(new AnnexMeeting(slot, times(slot, language), entries));
            }
            days.add(new AnnexDay(day.date(), language.dates().weekdayAndDayMonth(day.date()), meetings));
        }
        return new AnnexTable(days);
    }

    /** Whether the table has any meeting at all (an organization of work with days but no meetings has none). */
    public boolean hasMeetings() {
        return days.stream().anyMatch(day -> !day.meetings().isEmpty());
    }

    /** "10 a.m.–1 p.m."; a meeting that ends before it starts is shown as typed rather than refused. */
    static String times(MeetingSlot slot, DocumentLanguage language) {
        return language.times().meeting(slot.start(), slot.end());
    }
}
