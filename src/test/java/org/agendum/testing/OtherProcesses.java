package org.agendum.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Process ids of this computer for lock files said to be another Agendum's: one running, one that has ended. */
public final class OtherProcesses {
    /** A process id no system hands out (far above the usual limits), so "its" process is never running. */
    public static final long DEAD_PROCESS = 4_000_000_123L;

    private OtherProcesses() {
    }

    /** A process that runs while the tests do: the one that started them (Maven, or the IDE). */
    public static long running() {
        return ProcessHandle.current().parent().filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException("the tests have no parent process")).pid();
    }

    /** A process that has ended: started for the purpose and waited for, as a crashed Agendum's would be. */
    public static long ended() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            Process process = new ProcessBuilder(java.toString(), "-version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
            return process.pid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
