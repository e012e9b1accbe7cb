package org.agendum.ui.files;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.agendum.session.Background;

/**
 * The window's {@link Background}: each piece of work on a daemon thread of its own, its outcome handed back on the
 * FX thread, the latest piece of work taking over from one still under way (whose outcome is then dropped, as it is
 * once the window is gone). Reading a meeting file and the Word export each have one. A thread per piece, not one
 * thread for all: a read that never ends (a share that hangs) must not hold up the next.
 *
 * <p>Call {@link #run} and read the properties on the FX thread only.
 */
public final class FxBackground implements Background {
    private final String threadName;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    /** The number of the latest piece of work: only its outcome is handed back. */
    private long latest;
    private boolean disposed;

    /** @param threadName the name of the work's threads, for a thread dump */
    public FxBackground(String threadName) {
        this.threadName = threadName;
    }

    @Override
    public <T> void run(String what, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        long number = ++latest;
        busy.set(true);
        note.set(what);
        start(() -> {
            try {
                T result = work.run();
                Platform.runLater(() -> handBack(number, () -> done.accept(result)));
            } catch (Exception | Error e) {
                // said, never lost with the thread, running out of memory included (what the work built is garbage
                // now, room enough to say so)
                Platform.runLater(() -> handBack(number, () -> failed.accept(e)));
            }
        });
    }

    /**
     * Work nobody waits for and nobody is told of (loading the export's libraries while the officer reads): it makes
     * nothing busy and hands nothing back.
     */
    public void runUnseen(Runnable work) {
        start(work);
    }

    private void start(Runnable task) {
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void handBack(long number, Runnable outcome) {
        if (disposed || number != latest) {
            return; // a later piece of work took over, or the window is gone
        }
        busy.set(false);
        note.set("");
        outcome.run();
    }

    /** Whether work is under way whose outcome has not been handed back yet. */
    public boolean isBusy() {
        return busy.get();
    }

    /** True from the start of a piece of work until its outcome is handed back. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is under way ("Opening wg4.agendum…"), empty when nothing is. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The window is gone: outcomes still to come are dropped (their threads end on their own, as daemons). */
    public void dispose() {
        disposed = true;
        busy.set(false);
        note.set("");
    }
}
