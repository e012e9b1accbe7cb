package org.agendum.trackedchanges;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Lines up the blocks of two versions (paragraphs and tables, a table's rows, a cell's paragraphs) by their keys:
 * equal blocks are the same (java-diff-utils finds them); in a stretch that differs, a block is a changed version of
 * another when they can pair (a paragraph with the same properties, a row with as many cells) and share most of their
 * words, the pairs chosen in order for the most words in common, so item 2 renumbered 1 pairs with the new item 1
 * rather than the deleted item 1 that stood in its place. The rest were deleted or inserted, deletions first as Word
 * shows them.
 */
final class Alignment {
    /** Below this share of words in common two blocks are a deletion and an insertion, not a change. */
    static final double SIMILAR = 0.5;
    /** A stretch larger than this (old blocks times new ones) is paired in order, to keep the work bounded. */
    private static final int MAX_CELLS = 40_000;

    /** What to do with each block, by its index in the old and the new list. */
    interface Outcome {
        void same(int old, int now);

        void changed(int old, int now);

        void deleted(int old);

        void inserted(int now);
    }

    /** How alike two blocks are. */
    interface Likeness {
        /** From 0 to 1, or below 0 when they cannot be versions of each other. */
        double of(int old, int now);

        /** Whether the old block has no text (a spacer paragraph). */
        boolean empty(int old);
    }

    private Alignment() {
    }

    static void align(List<String> oldKeys, List<String> newKeys, Likeness likeness, Outcome outcome) {
        int old = 0;
        int now = 0;
        for (Stretch stretch : stretches(oldKeys, newKeys, likeness)) {
            for (; old < stretch.oldStart; old++, now++) {
                outcome.same(old, now);
            }
            pair(stretch.oldStart, stretch.oldEnd, stretch.newStart, stretch.newEnd, likeness, outcome);
            old = stretch.oldEnd;
            now = stretch.newEnd;
        }
        for (; old < oldKeys.size(); old++, now++) {
            outcome.same(old, now);
        }
    }

    /** A stretch that differs: old blocks [oldStart, oldEnd) against new blocks [newStart, newEnd). */
    private record Stretch(int oldStart, int oldEnd, int newStart, int newEnd) {
    }

    /**
     * The stretches that differ, two of them taken as one when only empty blocks (the export's spacer paragraphs)
     * are the same between them: the diff matches spacers first, which would pair a deleted item's heading with
     * the heading that took its place rather than with its own renumbered version further on.
     */
    private static List<Stretch> stretches(List<String> oldKeys, List<String> newKeys, Likeness likeness) {
        List<Stretch> stretches = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(oldKeys, newKeys).getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            Stretch stretch = new Stretch(oldStart, oldStart + delta.getSource().size(), newStart,
                    newStart + delta.getTarget().size());
            Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && IntStream.range(last.oldEnd, stretch.oldStart).allMatch(likeness::empty)) {
                stretches.set(stretches.size() - 1,
                        new Stretch(last.oldStart, stretch.oldEnd, last.newStart, stretch.newEnd));
            } else {
                stretches.add(stretch);
            }
        }
        return stretches;
    }

    /** The pairs in order with the most likeness in all (a weighted longest common subsequence). */
    private static void pair(int oldStart, int oldEnd, int newStart, int newEnd, Likeness likeness, Outcome outcome) {
        int olds = oldEnd - oldStart;
        int news = newEnd - newStart;
        if ((long) olds * news > MAX_CELLS) {
            inOrder(oldStart, oldEnd, newStart, newEnd, likeness, outcome);
            return;
        }
        double[][] best = new double[olds + 1][news + 1];
        double[][] like = new double[olds][news];
        for (int o = 1; o <= olds; o++) {
            for (int n = 1; n <= news; n++) {
                like[o - 1][n - 1] = likeness.of(oldStart + o - 1, newStart + n - 1);
                double paired = like[o - 1][n - 1] >= SIMILAR ? best[o - 1][n - 1] + like[o - 1][n - 1] : -1;
                best[o][n] = Math.max(paired, Math.max(best[o - 1][n], best[o][n - 1]));
            }
        }
        int[] partner = new int[olds];
        Arrays.fill(partner, -1);
        for (int o = olds, n = news; o > 0 && n > 0; ) {
            if (like[o - 1][n - 1] >= SIMILAR && best[o][n] == best[o - 1][n - 1] + like[o - 1][n - 1]) {
                partner[--o] = --n;
            } else if (best[o][n] == best[o - 1][n]) {
                o--;
            } else {
                n--;
            }
        }
        int n = 0;
        for (int o = 0; o < olds; o++) {
            if (partner[o] < 0) {
                outcome.deleted(oldStart + o);
                continue;
            }
            for (; n < partner[o]; n++) {
                outcome.inserted(newStart + n);
            }
            outcome.changed(oldStart + o, newStart + n++);
        }
        for (; n < news; n++) {
            outcome.inserted(newStart + n);
        }
    }

    /** Pairs the blocks at the same place in the stretch when they are alike; the others deleted and inserted. */
    private static void inOrder(int oldStart, int oldEnd, int newStart, int newEnd, Likeness likeness,
                                Outcome outcome) {
        int common = Math.min(oldEnd - oldStart, newEnd - newStart);
        for (int i = 0; i < common; i++) {
            if (likeness.of(oldStart + i, newStart + i) >= SIMILAR) {
                outcome.changed(oldStart + i, newStart + i);
            } else {
                outcome.deleted(oldStart + i);
                outcome.inserted(newStart + i);
            }
        }
        for (int o = oldStart + common; o < oldEnd; o++) {
            outcome.deleted(o);
        }
        for (int n = newStart + common; n < newEnd; n++) {
            outcome.inserted(n);
        }
    }
}
