package org.agendum.edit;

import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/**
 * Moves an item (with its sub-items) to position {@code index} among the children of {@code newParent}
 * (null: the top level). The index counts the siblings as they are once the item has left its old place,
 * so the target is never shifted by the removal. The factories turn gestures into moves.
 */
public record MoveItem(ItemId id, ItemId newParent, int index, String label) implements Edit {

    /** A drop onto {@code target}: before it, into it (as its last sub-item) or after it. */
    public static MoveItem relativeTo(Agenda agenda, ItemId id, ItemId target, DropPosition position) {
        location(agenda, id);
        if (agenda.isWithin(target, id)) {
            throw new EditRejectedException("An item cannot be moved into itself or one of its own sub-items.");
        }
        Agenda without = agenda.remove(id);
        Agenda.Location at = without.locate(target)
                .orElseThrow(() -> new EditRejectedException("The target item no longer exists."));
        return switch (position) {
            case BEFORE -> new MoveItem(id, at.parent(), at.index(), "Move item");
            case AFTER -> new MoveItem(id, at.parent(), at.index() + 1, "Move item");
            case INTO -> new MoveItem(id, target, without.childrenOf(target).size(), "Move item");
        };
    }

    public static MoveItem up(Agenda agenda, ItemId id) {
        Agenda.Location at = location(agenda, id);
        if (at.index() == 0) {
            throw new EditRejectedException("The item is already the first at its level.");
        }
        return new MoveItem(id, at.parent(), at.index() - 1, "Move item up");
    }

    public static MoveItem down(Agenda agenda, ItemId id) {
        Agenda.Location at = location(agenda, id);
        if (at.index() == agenda.childrenOf(at.parent()).size() - 1) {
            throw new EditRejectedException("The item is already the last at its level.");
        }
        return new MoveItem(id, at.parent(), at.index() + 1, "Move item down");
    }

    /** Makes the item the last sub-item of the item above it. */
    public static MoveItem indent(Agenda agenda, ItemId id) {
        Agenda.Location at = location(agenda, id);
        if (at.index() == 0) {
            throw new EditRejectedException("The first item of a level has no item above it to go under.");
        }
        AgendaItem above = agenda.childrenOf(at.parent()).get(at.index() - 1);
        return new MoveItem(id, above.id(), above.subItems().size(), "Indent item");
    }

    /** Makes a sub-item the next item after its parent. */
    public static MoveItem outdent(Agenda agenda, ItemId id) {
        Agenda.Location at = location(agenda, id);
        if (at.parent() == null) {
            throw new EditRejectedException("The item is already at the top level.");
        }
        Agenda.Location parent = agenda.locate(at.parent()).orElseThrow();
        return new MoveItem(id, parent.parent(), parent.index() + 1, "Outdent item");
    }

    private static Agenda.Location location(Agenda agenda, ItemId id) {
        return agenda.locate(id).orElseThrow(() -> new EditRejectedException("That agenda item no longer exists."));
    }

    @Override
    public Meeting apply(Meeting meeting) {
        Agenda agenda = meeting.agenda();
        AgendaItem item = AgendaEdits.existing(meeting, id);
        if (newParent != null && agenda.isWithin(newParent, id)) {
            throw new EditRejectedException("An item cannot be moved into itself or one of its own sub-items.");
        }
        Agenda without = agenda.remove(id);
        AgendaEdits.checkParent(without, newParent);
        AgendaEdits.checkIndex(without, newParent, index);
        AgendaEdits.checkDepth(without, newParent, item);
        return meeting.withAgenda(without.insert(newParent, index, item));
    }
}
