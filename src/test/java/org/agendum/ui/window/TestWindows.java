package org.agendum.ui.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.agendum.testing.FakeFileDialogs;
import org.agendum.testing.ScriptedPrompts;
import org.agendum.ui.schedule.ScriptedSchedulePrompts;

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

    /** Where a window set up on {@code folder} keeps its recovery files. */
    static Path dataFolder(Path folder) {
        return folder.resolve("data");
    }
}
