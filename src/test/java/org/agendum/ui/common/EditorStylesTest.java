package org.agendum.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EditorStylesTest {
    @Test
    void prefersTimesNewRomanThenItsLookAlikes() {
        assertThat(EditorStyles.choose(Set.of("DejaVu Serif", "Liberation Serif", "Times New Roman")))
                .isEqualTo("Times New Roman");
        assertThat(EditorStyles.choose(Set.of("DejaVu Serif", "Liberation Serif"))).isEqualTo("Liberation Serif");
        assertThat(EditorStyles.choose(Set.of("DejaVu Sans"))).isEqualTo("Serif");
    }
}
