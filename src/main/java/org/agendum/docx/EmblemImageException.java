package org.agendum.docx;

import java.io.IOException;

/** The emblem picture named in the options could not be used; the message says why, in plain words. */
public final class EmblemImageException extends IOException {
    private static final long serialVersionUID = 1L;

    EmblemImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
