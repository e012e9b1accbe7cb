package org.agendum.session;

import java.util.function.Consumer;

/**
 * Where the file commands do what may take long (reading a meeting file from a slow share, parsing a large one),
 * so that the window's thread stays free: the window runs it on a thread of its own and hands the outcome back on
 * its own thread, while the status bar says what is under way; the session's tests run it at once ({@link #now}).
 * When work is started while earlier work is still under way, the later takes over: the earlier one's outcome, when
 * it comes, is dropped (a file on a share that hangs must not keep the officer from opening another).
 */
public interface Background {
    /** Work that may take long and may fail. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work}; then, on the window's thread, {@code done} with its result or {@code failed} with what it
     * threw (an error too, such as the memory running out).
     *
     * @param note what is under way, for the window to show meanwhile: "Opening wg4.agendum…"
     */
    <T> void run(String note, Work<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs the work at once, on the calling thread, and hands its outcome back at once. */
    static Background now() {
        return new Background() {
            @Override
            public <T> void run(String note, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.run();
                } catch (Exception | Error e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }
        };
    }
}
