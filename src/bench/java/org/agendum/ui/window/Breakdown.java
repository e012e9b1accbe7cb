package org.agendum.ui.window;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the slowest commands of a round spent their time (the command with the window's listeners, the CSS pass,
 * layout) and which kinds of command they were: what stands in the way of a lower 99th percentile.
 */
final class Breakdown {
    private final String[] kinds;
    private final long[] command;
    private final long[] css;
    private final long[] layout;

    Breakdown(int size) {
        kinds = new String[size];
        command = new long[size];
        css = new long[size];
        layout = new long[size];
    }

    void add(int index, String kind, long commandNanos, long cssNanos, long layoutNanos) {
        kinds[index] = kind;
        command[index] = commandNanos;
        css[index] = cssNanos;
        layout[index] = layoutNanos;
    }

    /** The samples at or above the quantile of {@code totals}: their mean parts and their kinds. */
    void printSlowest(double[] totals, double quantile) {
        double[] sorted = totals.clone();
        Arrays.sort(sorted);
        double threshold = sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
        Map<String, Integer> byKind = new TreeMap<>();
        double commandSum = 0;
        double cssSum = 0;
        double layoutSum = 0;
        int n = 0;
        for (int i = 0; i < totals.length; i++) {
            if (totals[i] >= threshold) {
                byKind.merge(kinds[i], 1, Integer::sum);
                commandSum += command[i] / 1e6;
                cssSum += css[i] / 1e6;
                layoutSum += layout[i] / 1e6;
                n++;
            }
        }
        System.out.printf(Locale.ROOT, "    the slowest %d (from %.2f ms): command and listeners %.2f ms, CSS %.2f ms,"
                + " layout %.2f ms on average; kinds %s%n", n, threshold, commandSum / n, cssSum / n, layoutSum / n,
                byKind);
    }
}
