package org.agendum.gesture;

import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;

/**
 * Copied items as plain text, for other programs: one line per item, numbered as in the agenda, sub-items
 * indented. The first line gives the full reference ("1 (b) Adoption of the agenda"), so that a sub-item out of
 * its context still says where it came from.
 */
public final class ItemsText {
    /** How a line names an item without a title (the agenda tree says the same). */
    public static final String UNTITLED = "Untitled item";
    private static final String INDENT = "    ";

    private ItemsText() {
    }

    public static String of(Agenda agenda, List<AgendaItem> items) {
        StringBuilder text = new StringBuilder();
        for (AgendaItem top : items) {
            int topDepth = -1;
            for (Agenda.NumberedItem n : agenda.numbered()) {
                if (!agenda.isWithin(n.item().id(), top.id())) {
                    continue;
                }
                boolean first = topDepth < 0;
                if (first) {
                    topDepth = n.depth();
                }
                String label = first && n.depth() > 0 ? n.reference() : n.listLabel();
                String title = n.item().title().isBlank() ? UNTITLED : n.item().title().strip();
                text.append(INDENT.repeat(n.depth() - topDepth)).append(label).append(' ').append(title).append('\n');
            }
        }
        return text.toString();
    }
}
