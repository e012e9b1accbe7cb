package org.agendum.edit;

import java.util.List;
import java.util.function.UnaryOperator;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/** Checks shared by the agenda edits, with messages for the officer. */
final class AgendaEdits {
    private AgendaEdits() {
    }

    static AgendaItem existing(Meeting meeting, ItemId id) {
        return meeting.agenda().find(id)
                .orElseThrow(() -> new EditRejectedException("That agenda item no longer exists."));
    }

    static void checkParent(Agenda agenda, ItemId parent) {
        if (parent != null && !agenda.contains(parent)) {
            throw new EditRejectedException("The item to add under no longer exists.");
        }
    }

    /** Depth at which children of {@code parent} sit: 0 at the top level. */
    static int childDepth(Agenda agenda, ItemId parent) {
        return parent == null ? 0 : agenda.locate(parent).orElseThrow().depth() + 1;
    }

    static void checkDepth(Agenda agenda, ItemId parent, AgendaItem item) {
        if (childDepth(agenda, parent) + Agenda.height(item) > Agenda.MAX_DEPTH) {
            throw new EditRejectedException("Items can be nested at most " + Agenda.MAX_DEPTH + " levels deep.");
        }
    }

    /** Applies a change to one item's Documentation list. */
    static Meeting changeDocumentation(Meeting meeting, ItemId id,
            UnaryOperator<List<DocumentationEntry>> change) {
        AgendaItem item = existing(meeting, id);
        List<DocumentationEntry> changed = change.apply(item.documentation());
        return meeting.withAgenda(meeting.agenda().replace(id, i -> i.withDocumentation(changed)));
    }

    static void checkIndex(Agenda agenda, ItemId parent, int index) {
        int size = agenda.childrenOf(parent).size();
        if (index < 0 || index > size) {
            throw new EditRejectedException("Position " + (index + 1) + " does not exist there (" + size + " items).");
        }
    }
}
