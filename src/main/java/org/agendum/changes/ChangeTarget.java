package org.agendum.changes;

import org.agendum.model.DetailField;
import org.agendum.model.EntryId;
import org.agendum.model.ItemId;
import org.agendum.model.SlotId;

/**
 * Where a change is in the current meeting, so that a click on it can go there. A change to something that is no
 * longer there points at what holds it: a removed item at the agenda, a removed entry at its meeting if that is left,
 * a removed meeting at the organization of work.
 */
public sealed interface ChangeTarget {
    record Item(ItemId id) implements ChangeTarget {
    }

    record Annotation(ItemId item) implements ChangeTarget {
    }

    /** One entry of an item's Documentation list, by its place in the current list. */
    record Documentation(ItemId item, int index) implements ChangeTarget {
    }

    /** How an item's line of the agenda list ends (its punctuation override). */
    record Punctuation(ItemId item) implements ChangeTarget {
    }

    record Detail(DetailField<?> field) implements ChangeTarget {
    }

    /** A day of the organization of work, by its place in the current one. */
    record Day(int dayIndex) implements ChangeTarget {
    }

    record Slot(SlotId id) implements ChangeTarget {
    }

    record Entry(EntryId id) implements ChangeTarget {
    }

    /** The agenda as a whole (where a removed item was). */
    record Agenda() implements ChangeTarget {
    }

    /** The organization of work as a whole (where a removed meeting was). */
    record Organization() implements ChangeTarget {
    }
}
