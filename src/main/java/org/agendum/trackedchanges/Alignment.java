package org.agendum.trackedchanges;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;

/**
 * Lines up the blocks of two versions (paragraphs and tables, a table's rows, a cell's paragraphs) by their keys:
 * equal blocks are the same; in a stretch that differs, blocks whose pairing keys match (a paragraph with the same
 * properties, a row with as many cells) are changed versions of each other, and the rest were deleted or inserted,
 * deletions first as Word shows them.
 */
final class Alignment {
    /** What to do with each block, by its index in the old and the new list. */
    interface Outcome {
        void same(int old, int now);

        void changed(int old, int now);

        void deleted(int old);

        void inserted(int now);
    }

    private Alignment() {
    }

    static void align(List<String> oldKeys, List<String> newKeys, List<String> oldPairing, List<String> newPairing,
                      Outcome outcome) {
        int old = 0;
        int now = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldKeys, newKeys).getDeltas()) {
            for (; old < delta.getSource().getPosition(); old++, now++) {
                outcome.same(old, now);
            }
            int oldEnd = old + delta.getSource().size();
            int newEnd = now + delta.getTarget().size();
            pair(oldPairing.subList(old, oldEnd), newPairing.subList(now, newEnd), old, now, outcome);
            old = oldEnd;
            now = newEnd;
        }
        for (; old < oldKeys.size(); old++, now++) {
            outcome.same(old, now);
        }
    }

    private static void pair(List<String> oldKeys, List<String> newKeys, int oldStart, int newStart, Outcome outcome) {
        int old = 0;
        int now = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldKeys, newKeys).getDeltas()) {
            for (; old < delta.getSource().getPosition(); old++, now++) {
                outcome.changed(oldStart + old, newStart + now);
            }
            for (int i = 0; i < delta.getSource().size(); i++, old++) {
                outcome.deleted(oldStart + old);
            }
            for (int i = 0; i < delta.getTarget().size(); i++, now++) {
                outcome.inserted(newStart + now);
            }
        }
        for (; old < oldKeys.size(); old++, now++) {
            outcome.changed(oldStart + old, newStart + now);
        }
    }
}
