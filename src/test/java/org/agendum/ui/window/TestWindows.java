package org.agendum.ui.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.agendum.io.AtomicFileWriter;
import org.agendum.session.FileDialogs;
import org.agendum.session.Prompts;
import org.agendum.ui.schedule.ScriptedSchedulePrompts;

/**
 * Windows for tests: temporary folders for the recent-files list and the recovery files, file dialogs that
 * answer with prepared paths, prompts that answer as told (and record what they were asked), and a disk that
 * refuses to write in a folder as a read-only share does.
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
        public Optional<Path> chooseOpen(Optional<Path> folder) {
            asked.add("open");
            return next();
        }

        @Override
        public Optional<Path> chooseSave(Optional<Path> folder, String suggestedName) {
            asked.add("save " + suggestedName);
            return next();
        }

        @Override
        public Optional<Path> chooseExport(Optional<Path> folder, String suggestedName) {
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

    /**
     * A disk that refuses to create files in one folder with the operating system's own words (a read-only share
     * says "Read-only file system", to root too), and writes everywhere else.
     */
    static final class FaultyDisk implements AtomicFileWriter.Disk {
        private volatile Path refusedFolder;
        private volatile String reason;

        FaultyDisk refuse(Path folder, String systemReason) {
            refusedFolder = folder.toAbsolutePath();
            reason = systemReason;
            return this;
        }

        @Override
        public FileChannel createNew(Path file) throws IOException {
            Path folder = refusedFolder;
            if (folder != null && folder.equals(file.toAbsolutePath().getParent())) {
                throw new FileSystemException(file.toString(), null, reason);
            }
            return AtomicFileWriter.Disk.REAL.createNew(file);
        }
    }

    /** Prompts that answer as scripted and record every question and error. */
    static final class ScriptedPrompts implements Prompts {
        final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
        final Deque<RecoveryChoice> recoveryAnswers = new ArrayDeque<>();
        final Deque<ChangedFileChoice> changedFileAnswers = new ArrayDeque<>();
        final Deque<FileInUseChoice> inUseAnswers = new ArrayDeque<>();
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

        ScriptedPrompts answer(ChangedFileChoice choice) {
            changedFileAnswers.add(choice);
            return this;
        }

        ScriptedPrompts answer(FileInUseChoice choice) {
            inUseAnswers.add(choice);
            return this;
        }

        @Override
        public SaveChoice askToSave(String documentName) {
            questions.add("save " + documentName);
            if (saveAnswers.isEmpty()) {
                throw new AssertionError("Asked to save " + documentName + " unexpectedly");
            }
            return saveAnswers.poll();
        }

        @Override
        public RecoveryChoice askToRestore(String description) {
            questions.add("restore " + description);
            if (recoveryAnswers.isEmpty()) {
                throw new AssertionError("Asked to restore " + description + " unexpectedly");
            }
            return recoveryAnswers.poll();
        }

        @Override
        public ChangedFileChoice askToOverwriteChangedFile(String fileName, String changedAt) {
            questions.add("changed " + fileName + " at " + changedAt);
            if (changedFileAnswers.isEmpty()) {
                throw new AssertionError("Asked about " + fileName + " changed on disk unexpectedly");
            }
            return changedFileAnswers.poll();
        }

        @Override
        public FileInUseChoice askWhenFileInUse(String fileName, String holder) {
            questions.add("in use " + fileName + " by " + holder);
            if (inUseAnswers.isEmpty()) {
                throw new AssertionError("Asked about " + fileName + " in use unexpectedly");
            }
            return inUseAnswers.poll();
        }

        @Override
        public void showError(Failure failure, String message) {
            errors.add(failure + ": " + message);
        }
    }
}
