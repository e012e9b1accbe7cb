package org.agendum.ui.window;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.agendum.session.DocumentState;

/**
 * The open document's state ({@link DocumentState}, which has no JavaFX) as properties, for the title bar, the
 * status bar and the bindings of the actions.
 */
final class DocumentProperties {
    private final DocumentState document;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState");
    private final Runnable listener = this::refresh;

    DocumentProperties(DocumentState document) {
        this.document = document;
        document.addListener(listener);
        refresh();
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

    /** See {@link DocumentState#saveState()}. */
    ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    void dispose() {
        document.removeListener(listener);
    }

    // in the order DocumentState set them when they were its own properties
    private void refresh() {
        dirty.set(document.isDirty());
        title.set(document.title());
        saveState.set(document.saveState());
        // read, then set: an unread property tells its listeners of the first change only, and bindings never read it
        changes.set(changes.get() + 1);
    }
}
