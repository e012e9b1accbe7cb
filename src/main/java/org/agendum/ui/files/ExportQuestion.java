package org.agendum.ui.files;

import java.util.List;
import org.agendum.validation.Problem;

/**
 * The words of the question File ▸ Export to Word asks when the meeting has errors: how many, and the first one or
 * two of them.
 */
public final class ExportQuestion {
    /** How many errors the question quotes. */
    public static final int QUOTED = 2;

    private ExportQuestion() {
    }

    /** The errors among {@code problems}, in their order (warnings alone do not ask). */
    public static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
    }

    /** The messages of the first {@link #QUOTED} errors. */
    public static List<String> firstMessages(List<Problem> errors) {
        return errors.stream().limit(QUOTED).map(Problem::message).toList();
    }

    /** "The meeting has 3 errors." */
    public static String header(int errorCount) {
        return "The meeting has " + count(errorCount) + ".";
    }

    /** The first errors, "and 1 more", then what the choices do. */
    public static String content(int errorCount, List<String> firstErrors) {
        StringBuilder text = new StringBuilder();
        for (String error : firstErrors) {
            text.append("\u2022 ").append(error).append('\n');
        }
        int more = errorCount - firstErrors.size();
        if (more > 0) {
            text.append("and ").append(more).append(" more.\n");
        }
        text.append("\nThe Word document would print them as they are. Show Problems lists them to fix; "
                + "Export Anyway writes the document all the same.");
        return text.toString();
    }

    private static String count(int errors) {
        return errors == 1 ? "1 error" : errors + " errors";
    }
}
