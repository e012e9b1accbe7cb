package org.agendum.programme.table;

import java.util.List;
import java.util.Objects;

/**
 * One agenda item on the spreadsheet's second sheet: its number ("1 (a)"), its title, whether the organization of
 * work takes it up ("Yes"/"No" in the version's words) and the meetings that do ("Monday, 2 July, 10 a.m.–1 p.m.").
 */
public record ItemRow(String item, String title, String scheduled, String meetings) {
    public ItemRow {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scheduled, "scheduled");
        Objects.requireNonNull(meetings, "meetings");
    }

    public List<String> cells() {
        return List.of(item, title, scheduled, meetings);
    }
}
