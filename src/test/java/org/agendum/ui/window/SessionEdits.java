package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_4;

import java.util.ArrayList;
import java.util.List;
import org.agendum.edit.AddItem;
import org.agendum.edit.Edit;
import org.agendum.edit.RenameItem;
import org.agendum.file.SampleMeeting;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/**
 * The edits of the crash test's session, numbered from 1: odd ones rename an item, even ones add an item at the end
 * of the agenda. The process that is killed makes them; the test rebuilds the meeting after each of them, to tell
 * which edit a restored meeting ends with.
 */
final class SessionEdits {
    private SessionEdits() {
    }

    /** The meeting before the first edit: the sample, as saved in the session's file. */
    static Meeting start() {
        return SampleMeeting.load();
    }

    static Edit edit(int number, Meeting meeting) {
        if (number % 2 == 1) {
            return new RenameItem(ITEM_4, "Other matters, edit " + number);
        }
        return new AddItem(null, meeting.agenda().items().size(),
                AgendaItem.of(new ItemId("added-" + number), "Item added by edit " + number));
    }

    /** The meeting after each edit: element k is the meeting after edit k (element 0: before any). */
    static List<Meeting> states(int edits) {
        List<Meeting> out = new ArrayList<>(List.of(start()));
        for (int k = 1; k <= edits; k++) {
            Meeting before = out.get(k - 1);
            out.add(edit(k, before).apply(before));
        }
        return out;
    }
}
