package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class UnTextTest {

    @Test
    void constantsAreTheRightCodePoints() {
        assertThat(UnText.NBSP).hasSize(1).isEqualTo("\u00A0").isNotEqualTo(" ");
        assertThat(UnText.EN_DASH).hasSize(1).isEqualTo("\u2013").isNotEqualTo("-");
    }

    @Test
    void runsOfSpacesAndTabsCollapseAndEndsAreTrimmed() {
        assertThat(UnText.normalizeSpaces("  Working   Group\t on \t\tTrafficking in Persons \t"))
                .isEqualTo("Working Group on Trafficking in Persons");
        assertThat(UnText.normalizeSpaces("Annotated provisional agenda"))
                .isEqualTo("Annotated provisional agenda");
    }

    @Test
    void blankTextBecomesEmpty() {
        assertThat(UnText.normalizeSpaces("")).isEmpty();
        assertThat(UnText.normalizeSpaces(" \t  ")).isEmpty();
    }

    @Test
    void noBreakSpacesAndLineBreaksAreKept() {
        assertThat(UnText.normalizeSpaces("2\u00A0July")).isEqualTo("2\u00A0July");
        assertThat(UnText.normalizeSpaces("a  \u00A0  b")).isEqualTo("a \u00A0 b");
        assertThat(UnText.normalizeSpaces("\u00A0a\u00A0")).isEqualTo("\u00A0a\u00A0");
        assertThat(UnText.normalizeSpaces("a \n  b")).isEqualTo("a \n b");
    }

    @Test
    void endSentenceAddsAFullStopOnlyWhenMissing() {
        assertThat(UnText.endSentence("will be opened at 10 a.m.")).isEqualTo("will be opened at 10 a.m.");
        assertThat(UnText.endSentence("will be held on 2 and 3 July 2018")).isEqualTo("will be held on 2 and 3 July 2018.");
        assertThat(UnText.endSentence("entitled “Other matters”")).isEqualTo("entitled “Other matters”.");
        assertThat(UnText.endSentence("Is it?")).isEqualTo("Is it?");
        assertThat(UnText.endSentence("")).isEqualTo(".");
    }

    @Test
    void nullIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> UnText.normalizeSpaces(null));
        assertThatNullPointerException().isThrownBy(() -> UnText.endSentence(null));
    }
}
