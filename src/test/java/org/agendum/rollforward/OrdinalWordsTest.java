package org.agendum.rollforward;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinalWordsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "first, second", "eighth, ninth", "Sixth, Seventh", "ninth, tenth", "nineteenth, twentieth",
        "twentieth, twenty-first", "Twentieth, Twenty-first", "eighty-first, eighty-second",
        "Seventy-ninth, Eightieth", "TWENTY-NINTH, THIRTIETH", "Twenty-First, Twenty-Second",
        "ninety-ninth, one hundredth", "one hundredth, one hundred and first",
        "one hundred and ninety-ninth, two hundredth", "One hundred first, One hundred second",
        "one hundred and eleventh, one hundred and twelfth"})
    void theNextOrdinalIsWrittenAsTheFirstWas(String ordinal, String next) {
        assertThat(OrdinalWords.next(ordinal)).contains(next);
    }

    @Test
    void wordsThatAreNoOrdinalHaveNoNext() {
        assertThat(OrdinalWords.next("twenty")).isEmpty();
        assertThat(OrdinalWords.next("session")).isEmpty();
        assertThat(OrdinalWords.next("twenty first")).as("the compound takes a hyphen").isEmpty();
        assertThat(OrdinalWords.next("nine hundred and ninety-ninth")).as("the last one written").isEmpty();
    }

    @Property
    void everyNumberInWordsBumpsToTheNext(@ForAll @IntRange(min = 1, max = 998) int n) {
        String words = OrdinalWords.of(n, true);

        assertThat(OrdinalWords.value(words)).hasValue(n);
        assertThat(OrdinalWords.next(words)).contains(OrdinalWords.of(n + 1, true));
    }

    @Property
    void theCaseOfTheWordIsKept(@ForAll @IntRange(min = 1, max = 199) int n) {
        String lower = OrdinalWords.of(n, true);
        String next = OrdinalWords.of(n + 1, true);
        String capitalized = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);

        assertThat(OrdinalWords.next(capitalized)).contains(Character.toUpperCase(next.charAt(0)) + next.substring(1));
        assertThat(OrdinalWords.next(lower.toUpperCase())).contains(next.toUpperCase());
        assertThat(OrdinalWords.value(lower.toUpperCase())).hasValue(n);
    }
}
