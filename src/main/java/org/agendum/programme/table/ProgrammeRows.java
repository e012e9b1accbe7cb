package org.agendum.programme.table;

import java.util.ArrayList;
import java.util.List;
import org.agendum.annex.AnnexDay;
import org.agendum.annex.AnnexEntry;
import org.agendum.annex.AnnexMeeting;
import org.agendum.annex.AnnexTable;
import org.agendum.typography.DocumentLanguage;

/**
 * The annex's table ({@link AnnexTable}) as rows of a spreadsheet: one row per entry, each with its day and time
 * (the annex prints them once per day and meeting; a row that carries them can be sorted, filtered and imported
 * on its own), and one row for a meeting that takes up nothing.
 */
public final class ProgrammeRows {
    /** The column heads' keys in the language tables, in the columns' order. */
    private static final List<String> HEADS = List.of("programme.head.date", "programme.head.time",
            "annex.head.agendaItem", "annex.head.titleOrDescription", "programme.head.continued",
            "programme.head.note");

    private ProgrammeRows() {
    }

    /** "Date", "Time", "Agenda item", "Title or description", "Continued", "Note" in the version's language. */
    public static List<String> heads(DocumentLanguage language) {
        return HEADS.stream().map(language::label).toList();
    }

    public static List<ProgrammeRow> of(AnnexTable table, DocumentLanguage language) {
        String continued = language.label("programme.head.continued");
        List<ProgrammeRow> rows = new ArrayList<>();
        for (AnnexDay day : table.days()) {
            for (AnnexMeeting meeting : day.meetings()) {
                String time = meeting.label().isBlank() ? meeting.timeText()
                        : meeting.timeText() + "\n" + meeting.label().strip();
                for (AnnexEntry entry : meeting.entries()) {
                    rows.add(entry.isNote()
                            ? new ProgrammeRow(day.dateText(), time, "", "", "", entry.title())
                            : new ProgrammeRow(day.dateText(), time, entry.reference(), entry.title(),
                                    entry.continued() ? continued : "", ""));
                }
                if (meeting.entries().isEmpty()) {
                    rows.add(new ProgrammeRow(day.dateText(), time, "", "", "", ""));
                }
            }
        }
        return rows;
    }
}
