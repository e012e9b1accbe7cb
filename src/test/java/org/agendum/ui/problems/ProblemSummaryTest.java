package org.agendum.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.agendum.validation.Problem;
import org.agendum.validation.Target;
import org.junit.jupiter.api.Test;

class ProblemSummaryTest {
    private static final Problem ERROR = new Problem(Problem.Severity.ERROR, "Item 1 has no title.",
            new Target.Organization());
    private static final Problem WARNING = new Problem(Problem.Severity.WARNING, "Item 2 is not taken up.",
            new Target.Organization());

    @Test
    void countsProblemsInWords() {
        assertThat(ProblemSummary.of(List.of()).text()).isEqualTo("No problems");
        assertThat(ProblemSummary.of(List.of(WARNING)).text()).isEqualTo("1 problem");
        assertThat(ProblemSummary.of(List.of(ERROR, WARNING)).text()).isEqualTo("2 problems");
    }

    @Test
    void theIndicatorShowsTheWorstSeverity() {
        assertThat(ProblemSummary.of(List.of()).severityStyle()).isEqualTo("clean");
        assertThat(ProblemSummary.of(List.of(WARNING)).severityStyle()).isEqualTo("warnings");
        assertThat(ProblemSummary.of(List.of(WARNING, ERROR)).severityStyle()).isEqualTo("errors");
    }

    @Test
    void detailsListTheProblemsAndCutALongList() {
        assertThat(ProblemSummary.of(List.of(ERROR, WARNING)).details())
                .isEqualTo("error: Item 1 has no title.\nwarning: Item 2 is not taken up.");
        String many = ProblemSummary.of(Collections.nCopies(15, WARNING)).details();
        assertThat(many.lines()).hasSize(ProblemSummary.DETAIL_LINES + 1).last().isEqualTo("\u2026 and 3 more");
    }
}
