package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link UnTimes#parse}: what officers type into a meeting's start and end. */
class UnTimesParseTest {

    private static Optional<LocalTime> at(int hour, int minute) {
        return Optional.of(LocalTime.of(hour, minute));
    }

    @Test
    void theUnStyleItself() {
        assertThat(UnTimes.parse("10 a.m.")).isEqualTo(at(10, 0));
        assertThat(UnTimes.parse("10.30 a.m.")).isEqualTo(at(10, 30));
        assertThat(UnTimes.parse("3 p.m.")).isEqualTo(at(15, 0));
        assertThat(UnTimes.parse("3.30 p.m.")).isEqualTo(at(15, 30));
        assertThat(UnTimes.parse("12 noon")).isEqualTo(at(12, 0));
        assertThat(UnTimes.parse("12 midnight")).isEqualTo(at(0, 0));
    }

    @Test
    void amAndPmWithoutStopsOrInCapitals() {
        assertThat(UnTimes.parse("10am")).isEqualTo(at(10, 0));
        assertThat(UnTimes.parse("10 AM")).isEqualTo(at(10, 0));
        assertThat(UnTimes.parse("3pm")).isEqualTo(at(15, 0));
        assertThat(UnTimes.parse("3 P.M.")).isEqualTo(at(15, 0));
        assertThat(UnTimes.parse("10:30am")).isEqualTo(at(10, 30));
        assertThat(UnTimes.parse("9.05 a. m.")).isEqualTo(at(9, 5));
    }

    @Test
    void twelveOnTheTwelveHourClock() {
        assertThat(UnTimes.parse("12 p.m.")).isEqualTo(at(12, 0));
        assertThat(UnTimes.parse("12.30 p.m.")).isEqualTo(at(12, 30));
        assertThat(UnTimes.parse("12 a.m.")).isEqualTo(at(0, 0));
        assertThat(UnTimes.parse("12.30 a.m.")).isEqualTo(at(0, 30));
    }

    @Test
    void noonAndMidnightAsWords() {
        assertThat(UnTimes.parse("noon")).isEqualTo(at(12, 0));
        assertThat(UnTimes.parse("Noon")).isEqualTo(at(12, 0));
        assertThat(UnTimes.parse("12noon")).isEqualTo(at(12, 0));
        assertThat(UnTimes.parse("midnight")).isEqualTo(at(0, 0));
        assertThat(UnTimes.parse("12 Midnight")).isEqualTo(at(0, 0));
    }

    @Test
    void theTwentyFourHourClock() {
        assertThat(UnTimes.parse("10:30")).isEqualTo(at(10, 30));
        assertThat(UnTimes.parse("15:00")).isEqualTo(at(15, 0));
        assertThat(UnTimes.parse("15.00")).isEqualTo(at(15, 0));
        assertThat(UnTimes.parse("09.30")).isEqualTo(at(9, 30));
        assertThat(UnTimes.parse("00:00")).isEqualTo(at(0, 0));
        assertThat(UnTimes.parse("23:59")).isEqualTo(at(23, 59));
        assertThat(UnTimes.parse("18")).isEqualTo(at(18, 0));
    }

    @Test
    void aBareHourIsReadInTheWorkingDay() {
        assertThat(UnTimes.parse("7")).isEqualTo(at(7, 0));
        assertThat(UnTimes.parse("9")).isEqualTo(at(9, 0));
        assertThat(UnTimes.parse("11")).isEqualTo(at(11, 0));
        assertThat(UnTimes.parse("12")).isEqualTo(at(12, 0));
        assertThat(UnTimes.parse("1")).isEqualTo(at(13, 0));
        assertThat(UnTimes.parse("3")).isEqualTo(at(15, 0));
        assertThat(UnTimes.parse("6")).isEqualTo(at(18, 0));
        assertThat(UnTimes.parse("0")).isEqualTo(at(0, 0));
    }

    @Test
    void oneDigitAfternoonHoursWithMinutesToo() {
        // so that "3–3.30" means the same afternoon at both ends
        assertThat(UnTimes.parse("3.30")).isEqualTo(at(15, 30));
        assertThat(UnTimes.parse("1:15")).isEqualTo(at(13, 15));
        // a leading zero is the 24-hour clock, said on purpose
        assertThat(UnTimes.parse("03:30")).isEqualTo(at(3, 30));
        assertThat(UnTimes.parse("06.00")).isEqualTo(at(6, 0));
    }

    @Test
    void spacesDoNotMatter() {
        assertThat(UnTimes.parse("  10 a.m.  ")).isEqualTo(at(10, 0));
        assertThat(UnTimes.parse("10\u00A0a.m.")).isEqualTo(at(10, 0));
        assertThat(UnTimes.parse("\u00A03.30\u202Fp.m.\t")).isEqualTo(at(15, 30));
        assertThat(UnTimes.parse("12\u00A0noon")).isEqualTo(at(12, 0));
        assertThat(UnTimes.parse("10   am")).isEqualTo(at(10, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0", "ten", "10 o'clock", "25:00", "24:00", "24", "13 p.m.", "0 a.m.",
        "00:30 a.m.", "10.75", "10:60", "10.5", "10.300", "100", "1030", "-1", "+10", "10 a.m.\u20131 p.m.", "10\u201311",
        "10-11", "10 a.m. 11", "a.m.", "noon p.m.", "12:00 noon:", "10 xm", "10 a.m.m", "\u0661\u0660"})
    void garbageIsNotATime(String text) {
        assertThat(UnTimes.parse(text)).isEmpty();
    }

    @Test
    void nullIsNotATime() {
        assertThat(UnTimes.parse(null)).isEmpty();
    }

    @Test
    void isRangeFollowsRange() {
        assertThat(UnTimes.isRange(LocalTime.of(10, 0), LocalTime.of(13, 0))).isTrue();
        assertThat(UnTimes.isRange(LocalTime.of(21, 0), LocalTime.MIDNIGHT)).isTrue();
        assertThat(UnTimes.isRange(LocalTime.of(13, 0), LocalTime.of(10, 0))).isFalse();
        assertThat(UnTimes.isRange(LocalTime.of(10, 0), LocalTime.of(10, 0))).isFalse();
        assertThat(UnTimes.isRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).isFalse();
    }
}
