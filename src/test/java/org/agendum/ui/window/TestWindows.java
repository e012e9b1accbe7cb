package org.agendum.ui.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.agendum.testing.FakeFileDialogs;
import org.agendum.testing.ScriptedPrompts;
import org.agendum.ui.schedule.ScriptedSchedulePrompts;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Windows for tests: temporary folders for the recent-files list and the recovery files, file dialogs that
 * answer with prepared paths and prompts that answer as told ({@link FakeFileDialogs}, {@link ScriptedPrompts}).
 */
public final class TestWindows {
    private TestWindows() {
    }

    public static Path tempFolder() {
        try {
            return Files.createTempDirectory("agendum-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A setup with its own folders under {@code folder}, scripted dialogs and prompts, and no autosave to speak of. */
    static WindowSetup setup(Path folder, FakeFileDialogs dialogs, ScriptedPrompts prompts) {
        return folders(folder)
                .fileDialogs(dialogs)
                .prompts(prompts)
                .schedulePrompts(new ScriptedSchedulePrompts())
                .autosaveInterval(Duration.ofHours(1));
    }

    static WindowSetup setup(Path folder) {
        return setup(folder, new FakeFileDialogs(), new ScriptedPrompts());
    }

    /**
     * A setup that keeps the recent-files list in {@code folder/config} and the recovery files in {@code folder/data},
     * and has the real dialogs and the default autosave (the editor processes the crash tests kill start from it).
     */
    static WindowSetup folders(Path folder) {
        return new WindowSetup().configFolder(folder.resolve("config")).dataFolder(dataFolder(folder));
    }

    /**
     * Runs a file command that reads in the background (open, restore) on the FX thread, and waits, here, for its
     * outcome: read, asked about (the scripted prompts answer at once) and installed, or refused.
     */
    static boolean outcome(FxRobot robot, Supplier<CompletableFuture<Boolean>> command) {
        AtomicReference<CompletableFuture<Boolean>> started = new AtomicReference<>();
        robot.interact(() -> started.set(command.get()));
        try {
            boolean done = started.get().get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return done;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("The file command did not finish", e);
        }
    }

    /**
     * Waits until {@code window} has no meeting file left to read (File ▸ Open and a restore read in the background)
     * and its FX events are done: a question or an error the file brings is up by then.
     */
    public static void awaitReading(MainWindow window) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> !WaitForAsyncUtils.asyncFx(window::isReadingFile).get());
        } catch (TimeoutException e) {
            throw new AssertionError("The window was still reading a file after 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where a window set up on {@code folder} keeps its recovery files. */
    static Path dataFolder(Path folder) {
        return folder.resolve("data");
    }
}
