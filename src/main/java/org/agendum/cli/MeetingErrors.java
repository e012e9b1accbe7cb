package org.agendum.cli;

import java.io.PrintWriter;
import java.util.List;
import org.agendum.model.Meeting;
import org.agendum.typography.Printable;
import org.agendum.validation.MeetingValidator;
import org.agendum.validation.Problem;

/**
 * A meeting's errors before a Word document is made from it ({@code export}, {@code compare}): listed on standard
 * error as {@code validate} prints them, and the document refused unless {@code --force} is given.
 */
final class MeetingErrors {
    private MeetingErrors() {
    }

    /** Whether the document may be written; the errors and the refusal or the warning are on {@code err}. */
    static boolean allowDocument(String name, Meeting meeting, boolean force, PrintWriter err) {
        List<Problem> errors = MeetingValidator.validate(meeting).stream()
                .filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
        for (Problem error : errors) {
            err.println(Printable.of(name + ": error: " + error.message()));
        }
        if (!errors.isEmpty() && !force) {
            err.println(Printable.of("agendum: " + name + " has " + count(errors.size())
                    + "; nothing was written. Fix " + (errors.size() == 1 ? "it" : "them")
                    + ", or export anyway with --force."));
            err.flush();
            return false;
        }
        if (!errors.isEmpty()) {
            err.println(Printable.of("agendum: warning: exporting " + name + " with " + count(errors.size())
                    + " (--force)."));
            err.flush();
        }
        return true;
    }

    private static String count(int errors) {
        return errors == 1 ? "1 error" : errors + " errors";
    }
}
