package org.agendum.edit;

import org.agendum.model.Meeting;

/** What views hear after every change: the meeting before and after, and what caused it. */
public record MeetingChange(Meeting before, Meeting after, Kind kind, String label) {
    public enum Kind { EXECUTE, UNDO, REDO, RESET }
}
