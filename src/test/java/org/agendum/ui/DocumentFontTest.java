package org.agendum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentFontTest {
    @Test
    void prefersTimesNewRomanThenItsLookAlikes() {
        assertThat(DocumentFont.choose(Set.of("DejaVu Serif", "Liberation Serif", "Times New Roman")))
                .isEqualTo("Times New Roman");
        assertThat(DocumentFont.choose(Set.of("DejaVu Serif", "Liberation Serif"))).isEqualTo("Liberation Serif");
        assertThat(DocumentFont.choose(Set.of("DejaVu Sans"))).isEqualTo("Serif");
    }
}
