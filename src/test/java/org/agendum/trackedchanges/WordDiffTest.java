package org.agendum.trackedchanges;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void punctuationIsAWordOfItsOwnAndASymbolIsOneWord() {
        assertThat(WordDiff.words("the agenda and organization of work."))
                .containsExactly("the", " ", "agenda", " ", "and", " ", "organization", " ", "of", " ", "work", ".");
        assertThat(WordDiff.words("(“see CTOC/COP/WG.4/2018/2”);"))
                .containsExactly("(", "“", "see", " ", "CTOC/COP/WG.4/2018/2", "”", ")", ";");
        assertThat(String.join("", WordDiff.words(" a\u00A0 b ..."))).isEqualTo(" a\u00A0 b ...");
    }
}
