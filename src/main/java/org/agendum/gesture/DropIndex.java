package org.agendum.gesture;

import java.util.List;

/** Where in a list of stacked chips a drop lands: before the first chip whose middle lies below the pointer. */
public final class DropIndex {
    private DropIndex() {
    }

    public static int at(double y, List<Double> middles) {
        for (int i = 0; i < middles.size(); i++) {
            if (y < middles.get(i)) {
                return i;
            }
        }
        return middles.size();
    }
}
