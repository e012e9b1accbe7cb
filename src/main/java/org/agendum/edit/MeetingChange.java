package org.agendum.edit;

import java.util.Optional;
import org.agendum.model.Meeting;

/**
 * What views hear after every change: the meeting before and after, what caused it, and the edit itself
 * (absent when a whole meeting was loaded), so that a view can, say, select the item an edit added.
 */
public record MeetingChange(Meeting before, Meeting after, Kind kind, String label, Optional<Edit> edit) {
    public enum Kind { EXECUTE, UNDO, REDO, RESET }
}
