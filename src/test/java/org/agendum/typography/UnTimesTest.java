package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Expected strings are taken from CTOC/COP/WG.4/2018/1 unless stated otherwise. */
class UnTimesTest {

    private static LocalTime t(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    @Test
    void wholeHours() {
        assertThat(UnTimes.time(t(10, 0))).isEqualTo("10 a.m.");
        assertThat(UnTimes.time(t(15, 0))).isEqualTo("3 p.m.");
        assertThat(UnTimes.time(t(1, 0))).isEqualTo("1 a.m.");
        assertThat(UnTimes.time(t(23, 0))).isEqualTo("11 p.m.");
    }

    @Test
    void minutesFollowAFullStop() {
        assertThat(UnTimes.time(t(15, 30))).isEqualTo("3.30 p.m.");
        assertThat(UnTimes.time(t(9, 5))).isEqualTo("9.05 a.m.");
        assertThat(UnTimes.time(t(11, 59))).isEqualTo("11.59 a.m.");
    }

    @Test
    void noonAndMidnightAreWords() {
        assertThat(UnTimes.time(t(12, 0))).isEqualTo("12 noon");
        assertThat(UnTimes.time(t(0, 0))).isEqualTo("12 midnight");
    }

    @Test
    void halfPastNoonAndMidnightUseTheClock() {
        assertThat(UnTimes.time(t(12, 30))).isEqualTo("12.30 p.m.");
        assertThat(UnTimes.time(t(0, 30))).isEqualTo("12.30 a.m.");
    }

    @Test
    void secondsAreIgnored() {
        assertThat(UnTimes.time(LocalTime.of(10, 0, 30))).isEqualTo("10 a.m.");
        assertThat(UnTimes.time(LocalTime.of(12, 0, 59))).isEqualTo("12 noon");
    }

    @Test
    void rangeAcrossAmAndPmWritesBoth() {
        assertThat(UnTimes.range(t(10, 0), t(13, 0))).isEqualTo("10 a.m.\u20131 p.m.");
        assertThat(UnTimes.range(t(11, 30), t(12, 30))).isEqualTo("11.30 a.m.–12.30 p.m.");
    }

    @Test
    void sharedAmOrPmIsWrittenOnce() {
        assertThat(UnTimes.range(t(15, 0), t(18, 0))).isEqualTo("3\u20136 p.m.");
        assertThat(UnTimes.range(t(9, 30), t(11, 0))).isEqualTo("9.30–11 a.m.");
        assertThat(UnTimes.range(t(15, 0), t(15, 30))).isEqualTo("3–3.30 p.m.");
        assertThat(UnTimes.range(t(12, 30), t(14, 0))).isEqualTo("12.30–2 p.m.");
    }

    @Test
    void noonAndMidnightNeverMerge() {
        assertThat(UnTimes.range(t(10, 0), t(12, 0))).isEqualTo("10 a.m.–12 noon");
        assertThat(UnTimes.range(t(12, 0), t(15, 0))).isEqualTo("12 noon–3 p.m.");
        assertThat(UnTimes.range(t(21, 0), t(0, 0))).isEqualTo("9 p.m.–12 midnight");
        assertThat(UnTimes.range(t(0, 0), t(1, 0))).isEqualTo("12 midnight–1 a.m.");
    }

    @Test
    void annexSlotsOfTheReference() {
        String morning = UnTimes.range(t(10, 0), t(13, 0));
        String afternoon = UnTimes.range(t(15, 0), t(18, 0));
        assertThat(morning).isEqualTo("10 a.m.–1 p.m.").doesNotContain(" –", "– ", "-");
        assertThat(afternoon).isEqualTo("3–6 p.m.").doesNotContain(" –", "– ", "-");
    }

    @Test
    void rangeMustEndAfterItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> UnTimes.range(t(13, 0), t(10, 0)))
                .withMessageContaining("13:00").withMessageContaining("10:00");
        assertThatIllegalArgumentException().isThrownBy(() -> UnTimes.range(t(10, 0), t(10, 0)));
        // past midnight: a meeting slot lies within one day
        assertThatIllegalArgumentException().isThrownBy(() -> UnTimes.range(t(22, 0), t(1, 0)));
        assertThatIllegalArgumentException().isThrownBy(() -> UnTimes.range(t(0, 0), t(0, 0)));
    }

    @Test
    void nullsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> UnTimes.time(null));
        assertThatNullPointerException().isThrownBy(() -> UnTimes.range(null, t(10, 0)));
        assertThatNullPointerException().isThrownBy(() -> UnTimes.range(t(10, 0), null));
    }
}
