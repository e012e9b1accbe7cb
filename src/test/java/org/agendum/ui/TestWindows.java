package org.agendum.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.agendum.ui.schedule.ScriptedSchedulePrompts;

/**
 * Windows for tests: temporary folders for the recent-files list and the recovery files, file dialogs that
 * answer with prepared paths, and prompts that answer as told (and record what they were asked).
 */
final class TestWindows {
    private TestWindows() {
    }

    static Path tempFolder() {
        try {
            return Files.createTempDirectory("agendum-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A setup with its own folders under {@code folder}, scripted dialogs and prompts, and no autosave to speak of. */
    static WindowSetup setup(Path folder, FakeFileDialogs dialogs, ScriptedPrompts prompts) {
        return new WindowSetup()
                .configFolder(folder.resolve("config"))
                .dataFolder(folder.resolve("data"))
                .fileDialogs(dialogs)
                .prompts(prompts)
                .schedulePrompts(new ScriptedSchedulePrompts())
                .autosaveInterval(Duration.ofHours(1));
    }

    static WindowSetup setup(Path folder) {
        return setup(folder, new FakeFileDialogs(), new ScriptedPrompts());
    }

    /** File dialogs that answer with the next prepared path (empty: the officer cancelled). */
    static final class FakeFileDialogs implements FileDialogs {
        final Deque<Optional<Path>> answers = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();

        FakeFileDialogs answer(Path path) {
            answers.add(Optional.ofNullable(path));
            return this;
        }

        @Override
        public Optional<Path> chooseOpen(Window owner, Optional<Path> folder) {
            asked.add("open");
            return next();
        }

        @Override
        public Optional<Path> chooseSave(Window owner, Optional<Path> folder, String suggestedName) {
            asked.add("save " + suggestedName);
            return next();
        }

        @Override
        public Optional<Path> chooseExport(Window owner, Optional<Path> folder, String suggestedName) {
            asked.add("export " + suggestedName);
            return next();
        }

        private Optional<Path> next() {
            if (answers.isEmpty()) {
                throw new AssertionError("A file dialog was shown that the test did not expect");
            }
            return answers.poll();
        }
    }

    /** Prompts that answer as scripted and record every question and error. */
    static final class ScriptedPrompts implements Prompts {
        final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
        final Deque<RecoveryChoice> recoveryAnswers = new ArrayDeque<>();
        final List<String> questions = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        ScriptedPrompts answer(SaveChoice choice) {
            saveAnswers.add(choice);
            return this;
        }

        ScriptedPrompts answer(RecoveryChoice choice) {
            recoveryAnswers.add(choice);
            return this;
        }

        @Override
        public SaveChoice askToSave(Window owner, String documentName) {
            questions.add("save " + documentName);
            if (saveAnswers.isEmpty()) {
                throw new AssertionError("Asked to save " + documentName + " unexpectedly");
            }
            return saveAnswers.poll();
        }

        @Override
        public RecoveryChoice askToRestore(Window owner, String description) {
            questions.add("restore " + description);
            if (recoveryAnswers.isEmpty()) {
                throw new AssertionError("Asked to restore " + description + " unexpectedly");
            }
            return recoveryAnswers.poll();
        }

        @Override
        public void showError(Window owner, Failure failure, String message) {
            errors.add(failure + ": " + message);
        }
    }
}
