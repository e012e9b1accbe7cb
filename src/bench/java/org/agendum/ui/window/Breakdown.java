package org.agendum.ui.window;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the slowest commands of a round spent their time (the command with the window's listeners, the CSS pass,
 * layout; of that, the collector's pauses and the FX thread's own CPU time) and which kinds of command they were:
 * what stands in the way of a lower 99th percentile. The FX thread's CPU time leaves out what other processes take
 * of the machine's cores, so on a busy machine it says what the window itself costs.
 */
final class Breakdown {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** HotSpot's own bean, which counts the bytes a thread allocates: what fills the small young generation. */
    private static final com.sun.management.ThreadMXBean ALLOCATIONS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final List<GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans();

    private final String[] kinds;
    private final long[] command;
    private final long[] css;
    private final long[] layout;
    private final long[] gcMillis;
    private final double[] cpu;
    private final long[] allocated;

    Breakdown(int size) {
        kinds = new String[size];
        command = new long[size];
        css = new long[size];
        layout = new long[size];
        gcMillis = new long[size];
        cpu = new double[size];
        allocated = new long[size];
    }

    /** What to take before a sample: the collectors' total pause time and the thread's CPU time. */
    static long[] mark() {
        return new long[] {collectionMillis(), THREADS.getCurrentThreadCpuTime(),
            ALLOCATIONS.getCurrentThreadAllocatedBytes()};
    }

    void add(int index, String kind, long[] before, long commandNanos, long cssNanos, long layoutNanos) {
        kinds[index] = kind;
        command[index] = commandNanos;
        css[index] = cssNanos;
        layout[index] = layoutNanos;
        gcMillis[index] = collectionMillis() - before[0];
        cpu[index] = cpuSince(before);
        allocated[index] = ALLOCATIONS.getCurrentThreadAllocatedBytes() - before[2];
    }

    /** The median and the mean of what the FX thread allocated per sample, in kB. */
    void printAllocation(int samples) {
        long[] sorted = Arrays.copyOf(allocated, samples);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf(Locale.ROOT, "    allocated on the FX thread: median %.0f kB, mean %.0f kB%n",
                sorted[samples / 2] / 1024.0, mean / 1024);
    }

    /** The current thread's CPU time since {@link #mark()}, in milliseconds. */
    static double cpuSince(long[] before) {
        return (THREADS.getCurrentThreadCpuTime() - before[1]) / 1e6;
    }

    /** The FX thread's CPU time of each sample, in milliseconds. */
    double[] cpuMillis() {
        return cpu.clone();
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
        double gcSum = 0;
        double cpuSum = 0;
        int n = 0;
        for (int i = 0; i < totals.length; i++) {
            if (totals[i] >= threshold) {
                byKind.merge(kinds[i], 1, Integer::sum);
                commandSum += command[i] / 1e6;
                cssSum += css[i] / 1e6;
                layoutSum += layout[i] / 1e6;
                gcSum += gcMillis[i];
                cpuSum += cpu[i];
                n++;
            }
        }
        System.out.printf(Locale.ROOT, "    the slowest %d (from %.2f ms): command and listeners %.2f ms, CSS %.2f ms,"
                + " layout %.2f ms on average; of all that, collection pauses %.1f ms, the FX thread's CPU %.2f ms;"
                + " kinds %s%n", n, threshold, commandSum / n, cssSum / n, layoutSum / n, gcSum / n, cpuSum / n,
                byKind);
    }

    /** The kinds whose samples cost the FX thread most CPU time on average, costliest first. */
    void printCostliestKinds(int samples, int shown) {
        Map<String, double[]> byKind = new TreeMap<>();
        for (int i = 0; i < samples; i++) {
            double[] sum = byKind.computeIfAbsent(kinds[i], k -> new double[3]);
            sum[0]++;
            sum[1] += cpu[i];
            sum[2] = Math.max(sum[2], cpu[i]);
        }
        StringBuilder line = new StringBuilder("    costliest kinds (the FX thread's CPU, mean / max):");
        byKind.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[1] / b.getValue()[0],
                a.getValue()[1] / a.getValue()[0])).limit(shown).forEach(e -> line.append(String.format(Locale.ROOT,
                " %s %.1f / %.1f ms (%d);", e.getKey(), e.getValue()[1] / e.getValue()[0], e.getValue()[2],
                (int) e.getValue()[0])));
        System.out.println(line);
    }

    private static long collectionMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean collector : COLLECTORS) {
            sum += Math.max(0, collector.getCollectionTime());
        }
        return sum;
    }
}
