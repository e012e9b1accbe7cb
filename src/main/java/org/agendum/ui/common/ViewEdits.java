package org.agendum.ui.common;

import java.util.function.Consumer;
import javafx.application.Platform;
import org.agendum.edit.CommandStack;
import org.agendum.edit.Edit;
import org.agendum.edit.EditRejectedException;

/**
 * Runs an edit that a field or a button of a view makes. The stack refuses an edit that would take the meeting
 * past its limits ({@link org.agendum.model.MeetingLimit}: a paste of a whole book into an annotation, say); then
 * the refusal's sentence goes to {@code told} (the status bar) and the view shows the meeting again, so that it
 * never shows text the meeting does not hold.
 */
public final class ViewEdits {
    private ViewEdits() {
    }

    /**
     * @param showAgain fills the view from the meeting; run after the event that made the edit, since a field may
     *                  not be changed while it tells of its own change
     * @return whether the edit was made
     */
    public static boolean execute(CommandStack stack, Edit edit, Consumer<String> told, Runnable showAgain) {
        try {
            stack.execute(edit);
            return true;
        } catch (EditRejectedException e) {
            told.accept(e.getMessage());
            Platform.runLater(showAgain);
            return false;
        }
    }
}
