package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.time.api.Dates;

class UnDatesRangePropertyTest {

    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    /**
     * Pairs start <= end in 1990–2100. The length is skewed towards short ranges (same day, two
     * days, within a month) because uniformly chosen pairs would almost never share a month.
     */
    @Provide
    Arbitrary<Tuple2<LocalDate, LocalDate>> ranges() {
        Arbitrary<LocalDate> starts = Dates.dates().between(FIRST, LAST);
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.just(1)),
                Tuple.of(4, Arbitraries.integers().between(2, 40)),
                Tuple.of(2, Arbitraries.integers().between(41, 50_000)));
        return Combinators.combine(starts, lengths).as((start, length) -> {
            LocalDate end = start.plusDays(length);
            return Tuple.of(start, end.isAfter(LAST) ? LAST : end);
        });
    }

    @Property(tries = 2000)
    void rangeIsWellFormed(@ForAll("ranges") Tuple2<LocalDate, LocalDate> range) {
        LocalDate start = range.get1();
        LocalDate end = range.get2();
        String text = UnDates.range(start, end);

        assertThat(text).doesNotContain("-");
        assertThat(text).endsWith(" " + end.getYear());
        assertThat(text).matches(start.getDayOfMonth() + "[ \u2013].*");

        boolean dash = text.contains(UnText.EN_DASH);
        boolean and = text.contains(" and ");
        if (start.equals(end)) {
            assertThat(dash || and).as(text).isFalse();
            assertThat(text).isEqualTo(end.getDayOfMonth() + " " + monthName(end) + " " + end.getYear());
        } else {
            assertThat(dash ^ and).as("exactly one of en dash or \" and \": " + text).isTrue();
            assertThat(text.chars().filter(c -> c == UnText.EN_DASH.charAt(0)).count()).isLessThanOrEqualTo(1);
            assertThat(text).contains(String.valueOf(end.getDayOfMonth()) + " " + monthName(end) + " ");
        }
        if (start.getYear() != end.getYear()) {
            assertThat(text).contains(" " + start.getYear() + UnText.EN_DASH);
        } else {
            assertThat(text).containsOnlyOnce(String.valueOf(end.getYear()));
        }
    }

    private static String monthName(LocalDate date) {
        String upper = date.getMonth().name();
        return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
