package org.agendum.importing.source;

/**
 * A document that cannot be imported, with one sentence for the officer that says why and, where it can,
 * what to do ("The PDF has no text to read: it is a scanned image. …"). Nothing has changed when it is thrown. Open for
 * the recognizer's {@code NotAnAgendaException}, which carries what it read of the masthead.
 */
public class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
