package org.agendum.changes;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Meeting;

/**
 * What changed between two versions of a meeting, in the order an officer reads the document: the details, the
 * agenda (items removed, then each current item: added, moved, renamed, its heading and list punctuation, its
 * annotation word by word and then its levels, formatting and footnotes, its Documentation), the organization of
 * work (days without meetings, meetings, entries). A pure function: the Changes view shows it, and a revision's tracked
 * changes can be written from it. See docs/changes.md.
 */
public final class MeetingChanges {
    private MeetingChanges() {
    }

    /** The changes that turn {@code old} into {@code current}; empty when they are the same. */
    public static List<Change> between(Meeting old, Meeting current) {
        if (old.equals(current)) {
            return List.of();
        }
        ItemNumbers oldItems = new ItemNumbers(old);
        ItemNumbers currentItems = new ItemNumbers(current);
        List<Change> out = new ArrayList<>(DetailChanges.between(old.details(), current.details()));
        out.addAll(AgendaChanges.between(oldItems, currentItems));
        out.addAll(ScheduleChanges.between(new ScheduleIndex(old.organization(), oldItems),
                new ScheduleIndex(current.organization(), currentItems)));
        return List.copyOf(out);
    }
}
