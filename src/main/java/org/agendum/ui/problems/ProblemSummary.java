package org.agendum.ui.problems;

import java.util.List;
import java.util.stream.Collectors;
import org.agendum.validation.Problem;

/** The status bar's words for the validation result: "No problems", "1 problem", "2 problems". */
public record ProblemSummary(int errors, int warnings, String text, String details) {
    /** How many problems the tooltip lists before "and N more". */
    static final int DETAIL_LINES = 12;

    public static ProblemSummary of(List<Problem> problems) {
        int errors = (int) problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        int warnings = problems.size() - errors;
        String text = switch (problems.size()) {
            case 0 -> "No problems";
            case 1 -> "1 problem";
            default -> problems.size() + " problems";
        };
        String details = problems.stream().limit(DETAIL_LINES).map(Problem::toString).collect(Collectors.joining("\n"));
        if (problems.size() > DETAIL_LINES) {
            details += "\n\u2026 and " + (problems.size() - DETAIL_LINES) + " more";
        }
        return new ProblemSummary(errors, warnings, text, details);
    }

    public int count() {
        return errors + warnings;
    }

    /** "errors", "warnings" or "clean": the style class of the status indicator. */
    public String severityStyle() {
        return errors > 0 ? "errors" : warnings > 0 ? "warnings" : "clean";
    }
}
