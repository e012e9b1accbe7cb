package org.agendum.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Named pipes (FIFOs) for tests of what must not wait on one: reading a pipe nobody writes to waits for ever, and
 * gives its bytes only when a writer comes, which also makes one a file as slow as the test likes. Made with
 * {@code mkfifo}; the test is skipped where there is none.
 */
public final class NamedPipes {
    private NamedPipes() {
    }

    /** A new named pipe {@code name} in {@code folder}. */
    public static Path create(Path folder, String name) throws InterruptedException {
        Path pipe = folder.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is missing");
            return pipe;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        return pipe;
    }
}
