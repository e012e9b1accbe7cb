package org.agendum.edit;

/** An edit that cannot be applied; the message says why, in the officer's terms. */
public final class EditRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EditRejectedException(String message) {
        super(message);
    }
}
