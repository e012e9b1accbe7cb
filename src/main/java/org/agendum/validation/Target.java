package org.agendum.validation;

import org.agendum.model.DetailField;
import org.agendum.model.EntryId;
import org.agendum.model.ItemId;
import org.agendum.model.SlotId;

/** What a problem points at, so that a click on it can select the item, field, meeting or entry. */
public sealed interface Target {
    record Item(ItemId id) implements Target {
    }

    /** One entry of an item's Documentation list. */
    record Documentation(ItemId item, int index) implements Target {
    }

    /** An item's annotation (its text or its footnotes). */
    record Annotation(ItemId item) implements Target {
    }

    /** How an item's entry of the agenda list ends (its punctuation set otherwise than the rule). */
    record Punctuation(ItemId item) implements Target {
    }

    record Detail(DetailField<?> field) implements Target {
    }

    record Day(int dayIndex) implements Target {
    }

    record Slot(SlotId id) implements Target {
    }

    record Entry(EntryId id) implements Target {
    }

    /** The agenda as a whole (it has no items yet). */
    record Agenda() implements Target {
    }

    /** The organization of work as a whole. */
    record Organization() implements Target {
    }
}
