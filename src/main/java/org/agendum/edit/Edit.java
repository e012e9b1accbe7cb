package org.agendum.edit;

import java.util.Optional;
import org.agendum.model.Meeting;

/**
 * One change to a meeting, as the command stack records it. An edit is a pure function of the meeting:
 * undo restores the snapshot taken before it, so an edit never needs an inverse of its own.
 */
public interface Edit {
    /** What the Edit menu shows: "Undo " + label. */
    String label();

    /**
     * The meeting after this edit.
     *
     * @throws EditRejectedException when the edit cannot apply (an impossible move, an unknown item); the
     *                               message is written for the officer and nothing has changed
     */
    Meeting apply(Meeting meeting);

    /** An edit that does both this and {@code next} as one undo step (typing into one field), if they combine. */
    default Optional<Edit> mergedWith(Edit next) {
        return Optional.empty();
    }
}
