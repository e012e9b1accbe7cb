package org.agendum.ui;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.agendum.edit.CommandStack;
import org.agendum.edit.MeetingChange;
import org.agendum.io.FileStamp;

/**
 * The open document as a file: which file it is (none for a new meeting or the sample), what that file held when
 * it was last read or written here, whether it is open read-only (another Agendum has it), whether it has unsaved
 * changes, when it was last autosaved, and the words the title and the status bar use for that. The command stack
 * holds the meeting and its saved revision; this follows it. FX thread only.
 */
final class DocumentState {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CommandStack stack;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(this, "sample");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState");
    private final Consumer<MeetingChange> listener = change -> refresh();
    private long autosavedRevision = -1;
    private LocalTime autosavedAt;
    private FileStamp stamp;

    DocumentState(CommandStack stack, Path file, boolean sample) {
        this.stack = stack;
        this.file.set(file);
        this.sample.set(sample);
        stack.addListener(listener);
        refresh();
    }

    /** The file the meeting is saved in; null for a new meeting or the sample. */
    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    boolean isSample() {
        return sample.get();
    }

    /** Open read-only: another Agendum has the file open, so Save asks for another file. */
    boolean isReadOnly() {
        return readOnly.get();
    }

    /** What the file held when it was last read or written here; empty when that is not known. */
    Optional<FileStamp> stamp() {
        return Optional.ofNullable(stamp);
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    boolean isDirty() {
        return dirty.get();
    }

    /** Counts every change of the meeting or of its saved state: bindings on the command stack listen to it. */
    ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /**
     * "Saved", "Read-only", "Unsaved changes", "Unsaved changes · autosaved 10:42", "Not saved yet",
     * "Sample, not saved".
     */
    ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** How questions name the document: the file name, "the sample meeting" or "the new meeting". */
    String nameInSentence() {
        return WindowTitle.inSentence(file.get(), sample.get());
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
        file.set(newFile);
        sample.set(isSample);
        stamp = newStamp;
        readOnly.set(isReadOnly);
        autosavedRevision = -1;
        refresh();
    }

    /** The meeting was saved in {@code savedFile}, which now holds {@code savedStamp} (the stack is marked saved). */
    void saved(Path savedFile, FileStamp savedStamp) {
        file.set(savedFile);
        sample.set(false);
        stamp = savedStamp;
        readOnly.set(false);
        refresh();
    }

    /** The file, once open read-only, has been taken over from the other Agendum. */
    void editable() {
        readOnly.set(false);
        refresh();
    }

    /** The recovery file holds the meeting at {@code revision}, written at {@code at}. */
    void autosaved(long revision, LocalTime at) {
        autosavedRevision = revision;
        autosavedAt = at;
        refresh();
    }

    void refresh() {
        dirty.set(stack.isDirty());
        title.set(WindowTitle.of(file.get(), sample.get(), stack.meeting().details(), stack.isDirty(),
                readOnly.get()));
        saveState.set(describeSaveState());
        changes.set(changes.get() + 1);
    }

    private String describeSaveState() {
        if (stack.isDirty()) {
            return autosavedRevision == stack.revision() && autosavedAt != null
                    ? "Unsaved changes \u00b7 autosaved " + TIME.format(autosavedAt) : "Unsaved changes";
        }
        if (file.get() != null) {
            return readOnly.get() ? "Read-only" : "Saved";
        }
        return sample.get() ? "Sample, not saved" : "Not saved yet";
    }

    void dispose() {
        stack.removeListener(listener);
    }
}
