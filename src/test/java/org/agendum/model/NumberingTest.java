package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberingTest {
    @Test
    void listLabelsFollowTheEditorialManualTiers() {
        assertThat(Numbering.listLabel(0, 1)).isEqualTo("1.");
        assertThat(Numbering.listLabel(0, 12)).isEqualTo("12.");
        assertThat(Numbering.listLabel(1, 1)).isEqualTo("(a)");
        assertThat(Numbering.listLabel(1, 2)).isEqualTo("(b)");
        assertThat(Numbering.listLabel(2, 1)).isEqualTo("(i)");
        assertThat(Numbering.listLabel(2, 4)).isEqualTo("(iv)");
        assertThat(Numbering.listLabel(2, 9)).isEqualTo("(ix)");
        assertThat(Numbering.listLabel(2, 14)).isEqualTo("(xiv)");
        assertThat(Numbering.listLabel(3, 3)).isEqualTo("c.");
    }

    @Test
    void referencesAreWrittenAsTheAnnexWritesThem() {
        assertThat(Numbering.reference(List.of(1))).isEqualTo("1");
        assertThat(Numbering.reference(List.of(1, 1))).isEqualTo("1 (a)");
        assertThat(Numbering.reference(List.of(1, 2))).isEqualTo("1 (b)");
        assertThat(Numbering.reference(List.of(3, 2, 3))).isEqualTo("3 (b) (iii)");
    }

    @Test
    void lettersContinueDoubledAfterZ() {
        assertThat(Numbering.letters(26)).isEqualTo("z");
        assertThat(Numbering.letters(27)).isEqualTo("aa");
        assertThat(Numbering.letters(28)).isEqualTo("bb");
        assertThat(Numbering.letters(53)).isEqualTo("aaa");
    }

    @Test
    void romanNumeralsAreLowerCase() {
        assertThat(List.of(1, 4, 5, 9, 10, 19, 40, 49, 90, 400, 1994).stream().map(Numbering::roman))
                .containsExactly("i", "iv", "v", "ix", "x", "xix", "xl", "xlix", "xc", "cd", "mcmxciv");
    }

    @Test
    void ordinalsStartAtOne() {
        assertThatThrownBy(() -> Numbering.bare(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
