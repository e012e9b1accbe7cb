package org.agendum.gesture;

import org.agendum.model.ItemId;

/** The selected agenda item, which the gestures act on; the window keeps it in its view model. */
public interface ItemSelection {
    /** The selected item; null when none. */
    ItemId selectedItem();

    void select(ItemId id);
}
