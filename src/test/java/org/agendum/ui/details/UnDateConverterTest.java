package org.agendum.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnDateConverterTest {
    private final UnDateConverter converter = new UnDateConverter();

    @Test
    void showsDatesAsTheDocumentPrintsThem() {
        assertThat(converter.toString(LocalDate.of(2018, 7, 2))).isEqualTo("2 July 2018");
        assertThat(converter.toString(null)).isEmpty();
    }

    @Test
    void readsTheUsualTypedFormsDayFirst() {
        LocalDate expected = LocalDate.of(2018, 7, 2);
        assertThat(converter.fromString("2 July 2018")).isEqualTo(expected);
        assertThat(converter.fromString(" 2  july 2018 ")).isEqualTo(expected);
        assertThat(converter.fromString("2 Jul 2018")).isEqualTo(expected);
        assertThat(converter.fromString("July 2, 2018")).isEqualTo(expected);
        assertThat(converter.fromString("2018-07-02")).isEqualTo(expected);
        assertThat(converter.fromString("2/7/2018")).isEqualTo(expected);
        assertThat(converter.fromString("02.07.2018")).isEqualTo(expected);
    }

    @Test
    void anUnreadableOrImpossibleDateIsNull() {
        assertThat(converter.fromString("tomorrow")).isNull();
        assertThat(converter.fromString("31 June 2018")).isNull();
        assertThat(converter.fromString("")).isNull();
    }
}
