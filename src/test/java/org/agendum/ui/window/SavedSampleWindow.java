package org.agendum.ui.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.Meeting;
import org.agendum.session.FileCommands;
import org.agendum.testing.FakeFileDialogs;
import org.agendum.testing.ScriptedPrompts;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.files.DialogPrompts;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window on a saved copy of the sample, as an officer has it after opening the file: the sample written to
 * {@code wg4.agendum} in a temporary folder of its own, which also holds the window's {@code config/} (recent
 * files) and {@code data/} (recovery files); file dialogs that answer with the paths the test prepares
 * ({@link #dialogs}), questions answered as the test scripts them ({@link #prompts}), and autosave too rare to
 * interfere unless asked for.
 *
 * <p>A test class holds one as {@code @RegisterExtension final SavedSampleWindow sample = new SavedSampleWindow()}
 * (with options) and calls {@link #show} in its {@code @Start}; after each test the window is closed and the folder
 * deleted. The variants are options, set before {@link #show}: where in the folder the copy lies ({@link #at}),
 * another Agendum's lock on it ({@link #lockedBy}), the autosave interval, the disk, and the real question dialogs.
 * Tests that start the window elsewhere (the application, a process of its own) use {@link #save} alone, and a
 * window started again after a crash is {@link #restartAfterCrash}.
 */
public final class SavedSampleWindow implements AfterEachCallback, AutoCloseable {
    /** The temporary folder: the copy (or the subfolder it lies in), {@code config/} and {@code data/}. */
    public final Path folder = TestWindows.tempFolder();
    /** What the copy holds: the sample. */
    public final Meeting meeting = TestMeetings.sample();
    public final FakeFileDialogs dialogs = new FakeFileDialogs();
    public final ScriptedPrompts prompts = new ScriptedPrompts();
    /** The saved copy ({@code wg4.agendum} in {@link #folder} unless {@link #at} says otherwise). */
    public Path file = folder.resolve("wg4.agendum");
    /** Set by {@link #show} (or {@link #restartAfterCrash}): the stage, the window's command stack, the window. */
    public Stage stage;
    public CommandStack stack;
    public MainWindow window;

    private Duration autosaveInterval = Duration.ofHours(1);
    private AtomicFileWriter.Disk disk = AtomicFileWriter.Disk.REAL;
    private boolean questionsInDialogs;
    private LockOwner lockOwner;
    private FileCommands.Reader meetingReader = FileCommands.Reader.FILES;

    /** The sample, to be saved as {@code wg4.agendum} in a new temporary folder. */
    public SavedSampleWindow() {
    }

    /** Where the copy lies in the folder, as a relative path ({@code "share/wg4.agendum"}: in a subfolder). */
    public SavedSampleWindow at(String relativePath) {
        file = folder.resolve(relativePath);
        return this;
    }

    /** Another Agendum has the copy open: its lock file lies beside it. */
    public SavedSampleWindow lockedBy(LockOwner owner) {
        lockOwner = owner;
        return this;
    }

    public SavedSampleWindow autosaveEvery(Duration interval) {
        autosaveInterval = interval;
        return this;
    }

    /** Where the window saves and writes its lock (a {@link org.agendum.testing.FaultyDisk} to make saves fail). */
    public SavedSampleWindow disk(AtomicFileWriter.Disk value) {
        disk = value;
        return this;
    }

    /** How File ▸ Open reads a file (the real reader unless a test wants one that takes its time). */
    public SavedSampleWindow meetingReader(FileCommands.Reader value) {
        meetingReader = value;
        return this;
    }

    /** The questions and errors as the real dialogs, answered by clicking their buttons ({@link #prompts} unused). */
    public SavedSampleWindow questionsInDialogs() {
        questionsInDialogs = true;
        return this;
    }

    /** Writes the copy (and the lock, if another Agendum holds it) and returns its path. */
    public Path save() {
        try {
            Files.createDirectories(file.getParent());
            MeetingFiles.save(meeting, file);
            if (lockOwner != null) {
                LockFiles.write(file, lockOwner, AtomicFileWriter.Disk.REAL);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Saves the copy and shows the window on the meeting read back from it, in {@code stage} (on the FX thread). */
    public MainWindow show(Stage stage) {
        save();
        try {
            return show(stage, new CommandStack(MeetingFiles.load(file)), setup().file(file));
        } catch (MeetingFileException e) {
            throw new AssertionError("The saved copy of the sample cannot be read", e);
        }
    }

    /**
     * Shows a window as Agendum starts again on these folders after a crash: no file given, the sample in the
     * window, and the recovery files found in {@code data/} offered ({@link #prompts} answers).
     */
    public MainWindow restartAfterCrash(Stage stage) {
        MainWindow shown = show(stage, new CommandStack(meeting), setup());
        shown.offerRecovery();
        return shown;
    }

    /** After {@link #restartAfterCrash}, off the FX thread: waits until the recovery file, if restored, is read. */
    public void awaitRestore() {
        TestWindows.awaitReading(window);
    }

    private MainWindow show(Stage stage, CommandStack stack, WindowSetup setup) {
        this.stage = stage;
        this.stack = stack;
        if (questionsInDialogs) {
            setup.prompts(new DialogPrompts(stage));
        }
        window = MainWindow.show(stage, stack, setup);
        return window;
    }

    /**
     * The setup of this window without its file: the folders, the dialogs and prompts, the autosave interval and the
     * disk. A second window in the same test starts from it.
     */
    public WindowSetup setup() {
        return TestWindows.setup(folder, dialogs, prompts).autosaveInterval(autosaveInterval).disk(disk)
                .meetingReader(meetingReader);
    }

    /** Where the window keeps its recovery files (its data folder). */
    public Path dataFolder() {
        return TestWindows.dataFolder(folder);
    }

    /**
     * After each test: the window closed as when its stage is hidden (its lock and autosave let go), the folder
     * deleted.
     */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        if (stage != null) {
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(stage::hide));
        }
        deleteQuietly(folder);
    }

    /** Deletes the folder as far as it can: a file a test left unwritable only leaves a little behind in the temp. */
    private static void deleteQuietly(Path folder) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // left in the temporary folder
            }
        }
    }
}
