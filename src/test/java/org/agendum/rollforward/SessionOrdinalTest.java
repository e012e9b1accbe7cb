package org.agendum.rollforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionOrdinalTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The eighth meeting of the Working Group | The ninth meeting of the Working Group",
        "Sixth session | Seventh session",
        "at its twentieth session | at its twenty-first session",
        "Eighty-first session of the Commission | Eighty-second session of the Commission",
        "the 8th meeting | the 9th meeting",
        "the 21st session | the 22nd session",
        "its 11th meeting | its 12th meeting",
        "its 112th session | its 113th session",
        "Resumed seventy-ninth session | Resumed eightieth session",
        "the twelfth special session | the thirteenth special session",
        "Twenty-first Meeting of the Parties | Twenty-second Meeting of the Parties",
        "the Fourteenth Congress | the Fifteenth Congress"})
    void aSessionOrMeetingNumberIsBumped(String text, String bumped) {
        List<SessionOrdinal> found = SessionOrdinal.in(text);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).applyTo(text)).isEqualTo(bumped);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the Third Committee", "on first reading", "for the first time", "the third plenary meeting",
        "the twenty sessions", "a 1st-class meeting", "the 2th session", "in its second paragraph",
        "sessional meetings of the eighthly"})
    void otherOrdinalsAreNoSessionNumbers(String text) {
        assertThat(SessionOrdinal.in(text)).isEmpty();
    }

    @Test
    void severalInOneTextAreFoundInOrder() {
        String text = "At its 7th session and at its eighth meeting";

        assertThat(SessionOrdinal.in(text)).extracting(SessionOrdinal::value).containsExactly(7, 8);
        assertThat(SessionOrdinal.in(text)).extracting(SessionOrdinal::next).containsExactly("8th", "ninth");
    }

    @Property
    void everyNumberInFiguresBumpsToTheNext(@ForAll @IntRange(min = 1, max = 9998) int n) {
        String text = "the " + n + SessionOrdinal.suffix(n) + " meeting";

        assertThat(SessionOrdinal.in(text)).singleElement()
                .satisfies(o -> assertThat(o.applyTo(text)).isEqualTo("the " + (n + 1) + SessionOrdinal.suffix(n + 1)
                        + " meeting"));
    }

    @Property
    void everyNumberInWordsBeforeSessionBumps(@ForAll @IntRange(min = 1, max = 199) int n) {
        String text = "Its " + OrdinalWords.of(n, true) + " session opens";

        assertThat(SessionOrdinal.in(text)).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(n);
            assertThat(o.applyTo(text)).isEqualTo("Its " + OrdinalWords.of(n + 1, true) + " session opens");
        });
    }
}
