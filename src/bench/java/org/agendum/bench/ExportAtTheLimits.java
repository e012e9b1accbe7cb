package org.agendum.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.WordExport;
import org.agendum.file.MeetingFiles;
import org.agendum.model.Meeting;
import org.agendum.testing.GeneralAssemblySession;
import org.agendum.testing.MeetingAtTheLimits;
import org.agendum.validation.MeetingValidator;

/**
 * What the largest meeting Agendum opens costs, in the JVM's heap as run (src/bench/run.sh runs it with several
 * -Xmx): one line with the time to read its file, validate and export it, and the heap the export's document holds
 * when built (measured after a full collection, as the export starts writing the .docx), or how long it ran before
 * running out of memory. {@code large} measures the General-Assembly-size meeting instead, for comparison.
 */
public final class ExportAtTheLimits {
    private ExportAtTheLimits() {
    }

    public static void main(String[] args) throws Exception {
        boolean large = args.length > 0 && args[0].equals("large");
        Meeting meeting = large ? GeneralAssemblySession.meeting() : MeetingAtTheLimits.meeting();
        byte[] file = MeetingFiles.write(meeting);
        meeting = null;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        String name = large ? "large" : "limits";
        long start = System.nanoTime();
        Meeting read = MeetingFiles.read(file, name);
        long readAt = System.nanoTime();
        MeetingValidator.validate(read);
        long validatedAt = System.nanoTime();
        file = null;
        long[] document = new long[1];
        try {
            WordExport.toBytes(read, ExportOptions.DEFAULT, (done, step) -> {
                if (done == 0.8) { // the document is built; what it holds now is what the export needs
                    System.gc();
                    document[0] = memory.getHeapMemoryUsage().getUsed();
                }
            });
        } catch (OutOfMemoryError e) {
            System.out.printf("%s, heap at most %,d MB: read %.1f s, validated %.1f s; OUT OF MEMORY after %.1f s "
                    + "of export%n", name, maxHeap(), seconds(start, readAt), seconds(readAt, validatedAt),
                    seconds(validatedAt, System.nanoTime()));
            return;
        }
        long exportedAt = System.nanoTime();
        System.out.printf("%s, heap at most %,d MB: read %.1f s, validated %.1f s, exported %.1f s; heap in use with "
                + "the document built %,d MB%n", name, maxHeap(), seconds(start, readAt), seconds(readAt, validatedAt),
                seconds(validatedAt, exportedAt), document[0] >> 20);
    }

    private static long maxHeap() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
