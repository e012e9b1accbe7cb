package org.agendum.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.List;

/** Which elements of one list java-diff-utils keeps, unchanged, in the other. */
final class Matching {
    private Matching() {
    }

    /** For each element of {@code old}, the index of the same element kept in {@code current}, or -1. */
    static <T> int[] kept(List<T> old, List<T> current) {
        return kept(old.size(), DiffUtils.diff(old, current).getDeltas());
    }

    static <T> int[] kept(int oldSize, List<AbstractDelta<T>> deltas) {
        int[] out = new int[oldSize];
        Arrays.fill(out, -1);
        int i = 0;
        int j = 0;
        for (AbstractDelta<T> delta : deltas) {
            while (i < delta.getSource().getPosition()) {
                out[i++] = j++;
            }
            i += delta.getSource().size();
            j += delta.getTarget().size();
        }
        while (i < oldSize) {
            out[i++] = j++;
        }
        return out;
    }
}
