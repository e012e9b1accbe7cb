package org.agendum.session;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave without a window: the timer and the way back to the UI thread are the test's. */
class AutosaverTest {
    @TempDir
    Path folder;
    private final Clock clock = Clock.fixed(Instant.parse("2018-07-02T10:42:00Z"), ZoneOffset.UTC);
    private final CommandStack stack = new CommandStack(TestMeetings.sample());
    private final DocumentState document = new DocumentState(stack, null, true);
    /** What the autosave thread hands back to the UI thread, run by the test when it says. */
    private final LinkedBlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Duration> started = new ArrayList<>();
    private final List<String> stopped = new ArrayList<>();

    private Autosaver autosaver(RecoveryStore store) {
        return new Autosaver(stack, document, store, Duration.ofSeconds(5), clock, problems::add, uiThread::add,
                (interval, tick) -> {
                    started.add(interval);
                    return () -> stopped.add("stopped");
                });
    }

    /** Runs the next task handed back to the UI thread. */
    private void runOnUiThread() throws InterruptedException {
        Runnable task = uiThread.poll(10, TimeUnit.SECONDS);
        assertThat(task).as("a task handed back to the UI thread").isNotNull();
        task.run();
    }

    @Test
    void theTimerRunsFromStartToClose() {
        Autosaver autosaver = autosaver(new RecoveryStore(folder, 1));
        autosaver.start();
        assertThat(started).containsExactly(Duration.ofSeconds(5));
        autosaver.close(false);
        assertThat(stopped).containsExactly("stopped");
    }

    @Test
    void unsavedWorkIsWrittenAndTheDocumentToldOnTheUiThread() throws Exception {
        RecoveryStore store = new RecoveryStore(folder, 1);
        Autosaver autosaver = autosaver(store);
        stack.execute(new RenameItem(ITEM_4, "Any other business"));
        autosaver.tick();
        runOnUiThread();
        assertThat(store.exists()).isTrue();
        assertThat(document.saveState()).isEqualTo("Unsaved changes \u00b7 autosaved 10:42");

        stack.undo();
        autosaver.tick();
        autosaver.close(true); // waits for the autosave thread
        assertThat(store.exists()).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void aRecoveryFileThatCannotBeWrittenIsToldOnce() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("data"), "a file where the folder should be");
        Autosaver autosaver = autosaver(new RecoveryStore(notAFolder, 1));
        stack.execute(new RenameItem(ITEM_4, "Any other business"));
        autosaver.tick();
        runOnUiThread();
        stack.execute(new RenameItem(ITEM_4, "Other business"));
        autosaver.tick();
        runOnUiThread();
        autosaver.close(true);
        assertThat(problems).singleElement().asString().startsWith("Autosave failed: ");
        assertThat(document.saveState()).isEqualTo("Unsaved changes");
    }
}
