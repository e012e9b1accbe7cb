package org.agendum.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DropIndexTest {
    @Test
    void dropsLandBeforeTheFirstChipWhoseMiddleIsBelowThePointer() {
        List<Double> middles = List.of(20.0, 60.0, 100.0);
        assertThat(DropIndex.at(0, middles)).isZero();
        assertThat(DropIndex.at(19.9, middles)).isZero();
        assertThat(DropIndex.at(20.1, middles)).isEqualTo(1);
        assertThat(DropIndex.at(99, middles)).isEqualTo(2);
        assertThat(DropIndex.at(500, middles)).isEqualTo(3);
        assertThat(DropIndex.at(5, List.of())).isZero();
    }
}
