package org.agendum.file;

/**
 * A meeting file that cannot be opened. {@link #getMessage()} is one complete sentence for the officer: it
 * names the file, the problem and, where there is one, the place (line and column, and the field); it never
 * contains a stack trace or a parser's own wording. The cause, when there is one, is kept for logs.
 */
public final class MeetingFileException extends Exception {
    public MeetingFileException(String message) {
        super(message);
    }

    public MeetingFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
