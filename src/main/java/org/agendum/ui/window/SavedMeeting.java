package org.agendum.ui.window;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.agendum.edit.CommandStack;
import org.agendum.edit.MeetingChange;
import org.agendum.model.Meeting;
import org.agendum.session.DocumentState;

/**
 * The meeting as the file held it when it was last opened or saved here (a new or restored meeting: as it came into
 * the window): what View ▸ Changes compares with until issued versions give it another. When the meeting has no
 * unsaved changes, it is that meeting; a meeting put on the stack is its own start.
 */
final class SavedMeeting {
    private final ReadOnlyObjectWrapper<Meeting> meeting = new ReadOnlyObjectWrapper<>(this, "savedMeeting");
    private final CommandStack stack;
    private final DocumentState document;
    private final Consumer<MeetingChange> onChange = this::changed;
    private final Runnable onDocument = this::documentChanged;

    SavedMeeting(CommandStack stack, DocumentState document) {
        this.stack = stack;
        this.document = document;
        meeting.set(stack.meeting());
        stack.addListener(onChange);
        document.addListener(onDocument);
    }

    ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    void dispose() {
        stack.removeListener(onChange);
        document.removeListener(onDocument);
    }

    private void changed(MeetingChange change) {
        if (change.kind() == MeetingChange.Kind.RESET) {
            meeting.set(change.after());
        }
    }

    /** Saved (or undone back to what was saved): the file holds the meeting as it is. */
    private void documentChanged() {
        if (!document.isDirty()) {
            meeting.set(stack.meeting());
        }
    }
}
