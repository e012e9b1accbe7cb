package org.agendum.gesture;

import org.agendum.edit.DropPosition;
import org.agendum.edit.EditRejectedException;
import org.agendum.edit.MoveItem;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/**
 * What a drop on the agenda tree would do, decided without the screen: where on the row the pointer is (top
 * quarter before, bottom quarter after, the middle into), and whether the move is allowed (not into the dragged
 * item's own subtree, not deeper than the limit). The drag-and-drop code only shows the verdict and, on drop,
 * executes its move.
 */
public final class DropRules {
    /** The share of a row's height, at its top and at its bottom, that means "before" and "after". */
    public static final double EDGE_SHARE = 0.25;

    private DropRules() {
    }

    /** What dropping there would do. */
    public sealed interface Verdict {
    }

    /** The drop moves the item; {@code target} and {@code position} are what the indicator shows. */
    public record Allowed(MoveItem move, ItemId target, DropPosition position) implements Verdict {
    }

    /** The drop is refused for this reason (shown while the pointer is there). */
    public record Refused(String reason) implements Verdict {
    }

    /** Nothing to show: the pointer is over the dragged item itself, or the drag is not an item of this agenda. */
    public record Ignored() implements Verdict {
    }

    public static DropPosition positionAt(double y, double height) {
        if (height <= 0) {
            return DropPosition.INTO;
        }
        if (y < height * EDGE_SHARE) {
            return DropPosition.BEFORE;
        }
        if (y > height * (1 - EDGE_SHARE)) {
            return DropPosition.AFTER;
        }
        return DropPosition.INTO;
    }

    /**
     * @param targetExpanded whether the target row shows its sub-items: then the line under it is above its first
     *                       sub-item, and a drop there makes the dragged item that first sub-item
     */
    public static Verdict check(Meeting meeting, ItemId dragged, ItemId target, DropPosition position, boolean targetExpanded) {
        var agenda = meeting.agenda();
        if (dragged == null || target == null || !agenda.contains(dragged) || !agenda.contains(target)
                || target.equals(dragged)) {
            // over its own row a drag is only passing (on its way to the grid, say): nothing to show or refuse
            return new Ignored();
        }
        ItemId onto = target;
        DropPosition where = position;
        AgendaItem targetItem = agenda.get(target);
        if (position == DropPosition.AFTER && targetExpanded && targetItem.hasSubItems()) {
            onto = targetItem.subItems().get(0).id();
            where = DropPosition.BEFORE;
        }
        if (onto.equals(dragged)) {
            return new Ignored(); // the line under its parent's row is where it already stands
        }
        try {
            MoveItem move = MoveItem.relativeTo(agenda, dragged, onto, where);
            move.apply(meeting); // the depth limit, and anything else the move itself checks
            return new Allowed(move, target, position);
        } catch (EditRejectedException e) {
            return new Refused(e.getMessage());
        }
    }
}
