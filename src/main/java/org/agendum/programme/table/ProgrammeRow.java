package org.agendum.programme.table;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the programme as the spreadsheet and the CSV file give it, each cell text in the version's words:
 * the day ("Monday, 2 July"), the meeting's time ("10 a.m.–1 p.m.", with its label on a line of its own, as the
 * annex prints it under the time), the item's number ("1 (a)"), its title, "Continued" where the annex prints
 * "(continued)", and a note's text.
 */
public record ProgrammeRow(String date, String time, String item, String title, String continued, String note) {
    public ProgrammeRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(continued, "continued");
        Objects.requireNonNull(note, "note");
    }

    /** The cells in the columns' order ({@link ProgrammeRows#heads}). */
    public List<String> cells() {
        return List.of(date, time, item, title, continued, note);
    }
}
