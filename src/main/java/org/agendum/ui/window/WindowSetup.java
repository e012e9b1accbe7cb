package org.agendum.ui.window;

import javafx.stage.Window;
import org.agendum.session.AppDirs;
import org.agendum.session.FileCommands;
import org.agendum.session.FileDialogs;
import org.agendum.session.Prompts;
import org.agendum.ui.files.DialogPrompts;
import org.agendum.ui.files.DocumentOpener;
import org.agendum.ui.files.NativeFileDialogs;
import org.agendum.ui.schedule.ScheduleDialogs;
import org.agendum.ui.schedule.SchedulePrompts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.agendum.io.AtomicFileWriter;

/**
 * How a main window is set up: the file its meeting belongs to, the right pane, and the services it uses, each
 * with the real one by default. Tests replace the dialogs, the folders, the autosave interval and the disk.
 */
public final class WindowSetup {
    /** Autosave's default rhythm: often enough to lose little, rare enough to be unnoticeable. */
    public static final Duration DEFAULT_AUTOSAVE = Duration.ofSeconds(5);

    private Path file;
    private boolean sample;
    private RightPane.Factory rightPane = EditorPane.factory();
    private Consumer<String> openLink = link -> { };
    /** Null: through {@link #openLink}. */
    private DocumentOpener documentOpener;
    /** Null: the real ones, over the window (made when the window is). */
    private FileDialogs fileDialogs;
    private Prompts prompts;
    private SchedulePrompts schedulePrompts = new ScheduleDialogs();
    private Path configFolder;
    private Path dataFolder;
    private Duration autosaveInterval = DEFAULT_AUTOSAVE;
    private Clock clock = Clock.systemDefaultZone();
    private long processId = ProcessHandle.current().pid();
    private AtomicFileWriter.Disk disk = AtomicFileWriter.Disk.REAL;
    private FileCommands.Reader meetingReader = FileCommands.Reader.FILES;
    /** The title of a window that shows an issued version read-only; null for a document's own window. */
    private String issuedViewTitle;

    /** The file the meeting was read from (null: none). */
    public WindowSetup file(Path value) {
        file = value;
        return this;
    }

    /** Whether the meeting is the built-in sample (its Save asks where). */
    public WindowSetup sample(boolean value) {
        sample = value;
        return this;
    }

    /** The right side of the window (the editors, {@link EditorPane}, by default). */
    public WindowSetup rightPane(RightPane.Factory value) {
        rightPane = Objects.requireNonNull(value);
        return this;
    }

    public WindowSetup openLink(Consumer<String> value) {
        openLink = Objects.requireNonNull(value);
        return this;
    }

    /** Opens an exported document and its folder (by default through {@link #openLink(Consumer)}). */
    public WindowSetup documentOpener(DocumentOpener value) {
        documentOpener = Objects.requireNonNull(value);
        return this;
    }

    public WindowSetup fileDialogs(FileDialogs value) {
        fileDialogs = Objects.requireNonNull(value);
        return this;
    }

    /** The organization of work's questions (dialogs by default). */
    public WindowSetup schedulePrompts(SchedulePrompts value) {
        schedulePrompts = Objects.requireNonNull(value);
        return this;
    }

    SchedulePrompts schedulePrompts() {
        return schedulePrompts;
    }

    public WindowSetup prompts(Prompts value) {
        prompts = Objects.requireNonNull(value);
        return this;
    }

    /** Where the recent-files list is kept (default: the user's configuration folder, see {@link AppDirs}). */
    public WindowSetup configFolder(Path value) {
        configFolder = value;
        return this;
    }

    /** Where the recovery files go (default: the user's data folder, see {@link AppDirs}). */
    public WindowSetup dataFolder(Path value) {
        dataFolder = value;
        return this;
    }

    public WindowSetup autosaveInterval(Duration value) {
        autosaveInterval = Objects.requireNonNull(value);
        return this;
    }

    public WindowSetup clock(Clock value) {
        clock = Objects.requireNonNull(value);
        return this;
    }

    /** Whose recovery files and lock files are this window's (tests simulate another, crashed, process). */
    public WindowSetup processId(long value) {
        processId = value;
        return this;
    }

    /** Where saves and lock files are written (tests: a disk that refuses as a read-only share does). */
    public WindowSetup disk(AtomicFileWriter.Disk value) {
        disk = Objects.requireNonNull(value);
        return this;
    }

    /** How File ▸ Open reads a meeting file (tests: one that takes its time, to see the window go on meanwhile). */
    public WindowSetup meetingReader(FileCommands.Reader value) {
        meetingReader = Objects.requireNonNull(value);
        return this;
    }

    /**
     * The setup of a window showing an issued version read-only, titled {@code title}: this window's folders, clock,
     * dialogs and panes, no file.
     */
    WindowSetup issuedView(String title) {
        WindowSetup view = new WindowSetup();
        view.rightPane = rightPane;
        view.openLink = openLink;
        view.documentOpener = documentOpener;
        view.fileDialogs = fileDialogs;
        view.prompts = prompts;
        view.schedulePrompts = schedulePrompts;
        view.configFolder = configFolder;
        view.dataFolder = dataFolder;
        view.autosaveInterval = autosaveInterval;
        view.clock = clock;
        view.processId = processId;
        view.disk = disk;
        view.meetingReader = meetingReader;
        view.issuedViewTitle = Objects.requireNonNull(title);
        return view;
    }

    /** The title of a read-only issued version's window, or null for a document's own window. */
    String issuedViewTitle() {
        return issuedViewTitle;
    }

    Path file() {
        return file;
    }

    boolean sample() {
        return sample;
    }

    RightPane.Factory rightPane() {
        return rightPane;
    }

    Consumer<String> openLink() {
        return openLink;
    }

    DocumentOpener documentOpener() {
        return documentOpener != null ? documentOpener : DocumentOpener.of(openLink);
    }

    FileDialogs fileDialogs(Window owner) {
        return fileDialogs != null ? fileDialogs : new NativeFileDialogs(owner);
    }

    Prompts prompts(Window owner) {
        return prompts != null ? prompts : new DialogPrompts(owner);
    }

    Path configFolder() {
        return configFolder != null ? configFolder : AppDirs.config();
    }

    Path dataFolder() {
        return dataFolder != null ? dataFolder : AppDirs.data();
    }

    Duration autosaveInterval() {
        return autosaveInterval;
    }

    Clock clock() {
        return clock;
    }

    long processId() {
        return processId;
    }

    AtomicFileWriter.Disk disk() {
        return disk;
    }

    FileCommands.Reader meetingReader() {
        return meetingReader;
    }
}
