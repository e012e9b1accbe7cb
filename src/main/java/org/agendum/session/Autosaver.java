package org.agendum.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.agendum.edit.CommandStack;
import org.agendum.model.Meeting;

/**
 * Autosave: every {@code interval}, if the meeting has changes that are neither saved nor autosaved yet, its
 * immutable snapshot is written to the recovery file ({@link RecoveryStore}) on a background thread. When the
 * meeting is clean again (saved, or undone back to what is on disk) the recovery file is deleted. All file work
 * runs on one background thread, in order, so a deletion never overtakes a write. The rounds run on the UI thread
 * ({@code ticker}), and what the background thread finds goes back there ({@code uiThread}).
 */
public final class Autosaver {
    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());

    private final CommandStack stack;
    private final DocumentState document;
    private final RecoveryStore store;
    private final Clock clock;
    private final Consumer<String> problem;
    private final Duration interval;
    private final Executor uiThread;
    private final Ticker ticker;
    private Runnable stopTimer;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "agendum-autosave");
        thread.setDaemon(true);
        return thread;
    });
    /** The revision in the recovery file (or on its way there); -1: none. */
    private long written = -1;
    private boolean failureReported;
    private boolean closed;

    /**
     * @param problem  told once, in words, when the recovery file cannot be written
     * @param uiThread runs a task on the UI thread (the window's: {@code Platform::runLater})
     * @param ticker   calls {@link #tick()} on the UI thread every {@code interval} once {@link #start()}ed
     */
    public Autosaver(CommandStack stack, DocumentState document, RecoveryStore store, Duration interval,
            Clock clock, Consumer<String> problem, Executor uiThread, Ticker ticker) {
        this.stack = stack;
        this.document = document;
        this.store = store;
        this.clock = clock;
        this.problem = problem;
        this.interval = interval;
        this.uiThread = uiThread;
        this.ticker = ticker;
    }

    public void start() {
        stopTimer = ticker.start(interval, this::tick);
    }

    /** One round: write the changes, or remove the recovery file once there are none. */
    public void tick() {
        if (closed) {
            return;
        }
        if (!stack.isDirty()) {
            if (written != -1) {
                discard();
            }
            return;
        }
        long revision = stack.revision();
        if (revision == written) {
            return;
        }
        written = revision;
        Meeting snapshot = stack.meeting();
        Optional<Path> original = document.file();
        String title = document.nameInSentence();
        writer.execute(() -> {
            try {
                store.write(snapshot, original, title);
                LocalTime at = LocalTime.now(clock);
                uiThread.execute(() -> {
                    failureReported = false;
                    document.autosaved(revision, at);
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Autosave failed", e);
                uiThread.execute(() -> {
                    written = -1; // try again at the next round
                    if (!failureReported) {
                        failureReported = true;
                        problem.accept("Autosave failed: " + e.getMessage());
                    }
                });
            }
        });
    }

    /** The work is saved or given up: the recovery file goes (after any write still under way). */
    public void discard() {
        written = -1;
        writer.execute(this::deleteQuietly);
    }

    /**
     * The window closes. With {@code keepRecovery} (it closed with unsaved work it did not ask about, e.g. the
     * session ended) the recovery file stays for the next start; otherwise it is deleted before this returns.
     */
    public void close(boolean keepRecovery) {
        closed = true;
        if (stopTimer != null) {
            stopTimer.run();
        }
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Autosave still writing at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!keepRecovery) {
            deleteQuietly();
        }
    }

    private void deleteQuietly() {
        try {
            store.delete();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The recovery file could not be deleted", e);
        }
    }
}
