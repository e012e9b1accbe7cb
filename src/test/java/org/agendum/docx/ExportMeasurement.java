package org.agendum.docx;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.agendum.model.Meeting;
import org.agendum.testing.GeneralAssemblySession;

/**
 * A quick, rough figure of one export of the General-Assembly-size meeting in a warm JVM: the time of
 * {@link WordExport#export} to a file, as File ▸ Export does, and the bytes it allocates on its thread
 * ({@code com.sun.management.ThreadMXBean}). Not the benchmark (src/bench, JMH), a check to run beside a change:
 *
 * <pre>
 * java -XX:+UseSerialGC -Xms16m -cp target/test-classes:target/classes:$(cat classpath) org.agendum.docx.ExportMeasurement [exports]
 * </pre>
 *
 * The options are the window launcher's (pom.xml, jpackage javaOptions). It exports 30 times to warm up, then
 * prints the median and the best of the measured exports, the exporting thread's CPU time (which other work on a
 * busy machine disturbs less than the time on the clock; the collector's work on other threads is not in it) and
 * the allocation of one.
 */
public final class ExportMeasurement {
    private ExportMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int exports = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Meeting meeting = GeneralAssemblySession.meeting();
        Path file = Files.createTempFile("agendum-measure", ".docx");
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        try {
            for (int i = 0; i < 30; i++) {
                WordExport.export(meeting, file, ExportOptions.DEFAULT);
            }
            double[] millis = new double[exports];
            double[] cpu = new double[exports];
            long[] allocated = new long[exports];
            for (int i = 0; i < exports; i++) {
                long bytes = threads.getThreadAllocatedBytes(thread);
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                WordExport.export(meeting, file, ExportOptions.DEFAULT);
                millis[i] = (System.nanoTime() - start) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                allocated[i] = threads.getThreadAllocatedBytes(thread) - bytes;
            }
            Arrays.sort(millis);
            Arrays.sort(cpu);
            Arrays.sort(allocated);
            System.out.printf("GA-size export, %d exports after 30 to warm up: median %.1f ms (best %.1f ms), CPU of the "
                    + "exporting thread %.1f ms (median); allocated %.1f MB per export (median); %,d bytes written%n",
                    exports, millis[exports / 2], millis[0], cpu[exports / 2], allocated[exports / 2] / 1e6,
                    Files.size(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
