package org.agendum.importing.recognize;

import java.util.Objects;
import org.agendum.importing.source.ImportException;

/**
 * A document that holds no agenda: its message says so in one sentence, with what was read of its masthead, and
 * {@link #masthead()} gives that masthead field by field (so that the window or a test can show or check it).
 */
public final class NotAnAgendaException extends ImportException {
    private final transient MastheadRead masthead;

    NotAnAgendaException(String message, MastheadRead masthead) {
        super(message);
        this.masthead = Objects.requireNonNull(masthead, "masthead");
    }

    public MastheadRead masthead() {
        return masthead;
    }
}
