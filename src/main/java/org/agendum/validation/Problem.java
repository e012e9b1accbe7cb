package org.agendum.validation;

import java.util.Objects;

/** Something in a meeting the officer should fix before circulating it, and where it is. */
public record Problem(Severity severity, String message, Target target) {
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String toString() {
        return (severity == Severity.ERROR ? "error: " : "warning: ") + message;
    }
}
