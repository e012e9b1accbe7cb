package org.agendum.cli;

import java.io.PrintWriter;
import org.agendum.typography.Printable;

/**
 * Why a command stops without doing its work, as its exit code ({@link ExitCodes}); the reason is already on standard
 * error, in one sentence, when this is thrown.
 */
final class Refused extends Exception {
    final int exitCode;

    Refused(int exitCode) {
        super(null, null, false, false);
        this.exitCode = exitCode;
    }

    /** Prints "agendum: {@code sentence}" (printable) on {@code err}, and returns the refusal to throw. */
    static Refused saying(PrintWriter err, String sentence, int exitCode) {
        err.println(Printable.of("agendum: " + sentence));
        err.flush();
        return new Refused(exitCode);
    }
}
