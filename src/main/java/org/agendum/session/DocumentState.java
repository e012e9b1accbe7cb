package org.agendum.session;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.agendum.edit.CommandStack;
import org.agendum.edit.MeetingChange;
import org.agendum.io.FileStamp;

/**
 * The open document as a file: which file it is (none for a new meeting or the sample), what that file held when
 * it was last read or written here, whether it is open read-only (another Agendum has it), whether it has unsaved
 * changes, when it was last autosaved, and the words the title and the status bar use for that. The command stack
 * holds the meeting and its saved revision; this follows it. Plain Java, told of every change through
 * {@link #addListener}; the window shows it through JavaFX properties. UI thread only.
 */
public final class DocumentState {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CommandStack stack;
    private final List<Runnable> listeners = new ArrayList<>();
    private Path file;
    private boolean sample;
    private boolean readOnly;
    private boolean dirty;
    private long changes;
    private String title;
    private String saveState;
    private final Consumer<MeetingChange> listener = change -> refresh();
    private long autosavedRevision = -1;
    private LocalTime autosavedAt;
    private FileStamp stamp;
    /** The meeting is as it was read from {@link #file}: not saved since (the status bar must not say "Saved"). */
    private boolean savedSinceOpened;

    public DocumentState(CommandStack stack, Path file, boolean sample) {
        this.stack = stack;
        this.file = file;
        this.sample = sample;
        stack.addListener(listener);
        refresh();
    }

    /** {@code listener} runs after every change of what this state says (each {@link #changes()}). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The file the meeting is saved in; empty for a new meeting or the sample. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public boolean isSample() {
        return sample;
    }

    /** Open read-only: another Agendum has the file open, so Save asks for another file. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** What the file held when it was last read or written here; empty when that is not known. */
    public Optional<FileStamp> stamp() {
        return Optional.ofNullable(stamp);
    }

    public boolean isDirty() {
        return dirty;
    }

    /** Counts every change of the meeting or of its saved state: bindings on the command stack listen to it. */
    public long changes() {
        return changes;
    }

    public String title() {
        return title;
    }

    /**
     * "Opened wg4.agendum" (no change since the file was read), "Saved", "Read-only", "Unsaved changes", "Unsaved changes · autosaved 10:42", "Not saved yet",
     * "Sample, not saved".
     */
    public String saveState() {
        return saveState;
    }

    /** How questions name the document: the file name, "the sample meeting" or "the new meeting". */
    public String nameInSentence() {
        return WindowTitle.inSentence(file, sample);
    }

    /** A meeting has been put on the stack (created, or the sample): it belongs to no file. */
    void opened(Path newFile, boolean isSample) {
        opened(newFile, isSample, null, false);
    }

    /**
     * A meeting has been put on the stack (opened, restored): it belongs to {@code newFile}, which held
     * {@code newStamp} (null: not known), and may be open read-only.
     */
    void opened(Path newFile, FileStamp newStamp, boolean isReadOnly) {
        opened(newFile, false, newStamp, isReadOnly);
    }

    private void opened(Path newFile, boolean isSample, FileStamp newStamp, boolean isReadOnly) {
        file = newFile;
        sample = isSample;
        stamp = newStamp;
        readOnly = isReadOnly;
        savedSinceOpened = false;
        autosavedRevision = -1;
        refresh();
    }

    /** The meeting was saved in {@code savedFile}, which now holds {@code savedStamp} (the stack is marked saved). */
    void saved(Path savedFile, FileStamp savedStamp) {
        file = savedFile;
        sample = false;
        stamp = savedStamp;
        readOnly = false;
        savedSinceOpened = true;
        refresh();
    }

    /** The file, once open read-only, has been taken over from the other Agendum. */
    void editable() {
        readOnly = false;
        refresh();
    }

    /** The recovery file holds the meeting at {@code revision}, written at {@code at}. */
    void autosaved(long revision, LocalTime at) {
        autosavedRevision = revision;
        autosavedAt = at;
        refresh();
    }

    void refresh() {
        dirty = stack.isDirty();
        title = WindowTitle.of(file, sample, stack.meeting().details(), stack.isDirty(), readOnly);
        saveState = describeSaveState();
        changes++;
        // a copy: a listener may remove itself
        List.copyOf(listeners).forEach(Runnable::run);
    }

    private String describeSaveState() {
        if (stack.isDirty()) {
            return autosavedRevision == stack.revision() && autosavedAt != null
                    ? "Unsaved changes \u00b7 autosaved " + TIME.format(autosavedAt) : "Unsaved changes";
        }
        if (file != null) {
            if (readOnly) {
                return "Read-only";
            }
            Path name = file.getFileName();
            return savedSinceOpened || name == null ? "Saved" : "Opened " + name;
        }
        return sample ? "Sample, not saved" : "Not saved yet";
    }

    public void dispose() {
        stack.removeListener(listener);
    }
}
