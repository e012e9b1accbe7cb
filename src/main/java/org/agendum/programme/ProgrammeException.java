package org.agendum.programme;

/** The programme cannot be exported as asked (no organization of work, an unknown time zone); nothing is written. */
public final class ProgrammeException extends Exception {
    public ProgrammeException(String message) {
        super(message);
    }
}
