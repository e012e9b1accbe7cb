package org.agendum.ui.changes;

import org.agendum.changes.ChangeTarget;
import org.agendum.validation.Target;

/**
 * Where a change is, as the window's places: the same targets a clicked problem goes to, so that the window has one
 * way of selecting an item, a details field, a meeting or an entry.
 */
public final class ChangePlaces {
    private ChangePlaces() {
    }

    public static Target of(ChangeTarget target) {
        if (target instanceof ChangeTarget.Item item) {
            return new Target.Item(item.id());
        }
        if (target instanceof ChangeTarget.Annotation annotation) {
            return new Target.Annotation(annotation.item());
        }
        if (target instanceof ChangeTarget.Documentation documentation) {
            return new Target.Documentation(documentation.item(), documentation.index());
        }
        if (target instanceof ChangeTarget.Punctuation punctuation) {
            return new Target.Punctuation(punctuation.item());
        }
        if (target instanceof ChangeTarget.Detail detail) {
            return new Target.Detail(detail.field());
        }
        if (target instanceof ChangeTarget.Day day) {
            return new Target.Day(day.dayIndex());
        }
        if (target instanceof ChangeTarget.Slot slot) {
            return new Target.Slot(slot.id());
        }
        if (target instanceof ChangeTarget.Entry entry) {
            return new Target.Entry(entry.id());
        }
        if (target instanceof ChangeTarget.Agenda) {
            return new Target.Agenda();
        }
        return new Target.Organization();
    }
}
