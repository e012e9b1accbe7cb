package org.agendum.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is worked out from an agenda's tree (its numbering, its items in document order, their ids), kept for the two
 * agendas last asked, by identity. After each edit validation, the tree, the item editor, the grid and an undo's
 * search for what changed each ask the same agenda (before and after, for an undo); working it out anew each time was
 * a good part of what an edit allocates on a large agenda, and the collector's pauses in the window's small heap came
 * with it. The agenda is immutable, so what is kept never goes stale; a race between threads only works it out twice.
 */
final class AgendaIndex {
    private static volatile AgendaIndex recent;
    private static volatile AgendaIndex older;

    private final Agenda agenda;
    private final List<Agenda.NumberedItem> numbered;
    private volatile List<AgendaItem> items;
    private volatile Set<ItemId> ids;

    private AgendaIndex(Agenda agenda) {
        this.agenda = agenda;
        List<Agenda.NumberedItem> out = new ArrayList<>();
        Agenda.number(agenda.items(), null, new ArrayList<>(), out);
        numbered = Collections.unmodifiableList(out);
    }

    static AgendaIndex of(Agenda agenda) {
        AgendaIndex last = recent;
        if (last != null && last.agenda == agenda) {
            return last;
        }
        AgendaIndex before = older;
        if (before != null && before.agenda == agenda) {
            return before;
        }
        AgendaIndex index = new AgendaIndex(agenda);
        older = last;
        recent = index;
        return index;
    }

    List<Agenda.NumberedItem> numbered() {
        return numbered;
    }

    /** Depth first, in document order: the numbering's order. */
    List<AgendaItem> items() {
        List<AgendaItem> all = items;
        if (all == null) {
            List<AgendaItem> out = new ArrayList<>(numbered.size());
            for (Agenda.NumberedItem n : numbered) {
                out.add(n.item());
            }
            all = Collections.unmodifiableList(out);
            items = all;
        }
        return all;
    }

    Set<ItemId> ids() {
        Set<ItemId> all = ids;
        if (all == null) {
            Set<ItemId> out = new HashSet<>(numbered.size() * 2);
            for (Agenda.NumberedItem n : numbered) {
                out.add(n.item().id());
            }
            all = Collections.unmodifiableSet(out);
            ids = all;
        }
        return all;
    }
}
