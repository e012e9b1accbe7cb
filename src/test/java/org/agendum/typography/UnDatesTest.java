package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Expected strings are taken from CTOC/COP/WG.4/2018/1 unless stated otherwise. */
class UnDatesTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void dateHasNoLeadingZeroAndNoComma() {
        assertThat(UnDates.date(d(2018, 4, 9))).isEqualTo("9 April 2018");   // masthead
        assertThat(UnDates.date(d(2018, 1, 22))).isEqualTo("22 January 2018");
        assertThat(UnDates.date(d(2026, 1, 7))).isEqualTo("7 January 2026");
    }

    @Test
    void dayAndMonthLeavesOutTheYear() {
        assertThat(UnDates.dayAndMonth(d(2018, 7, 2))).isEqualTo("2 July");
        assertThat(UnDates.dayAndMonth(d(2021, 12, 31))).isEqualTo("31 December");
    }

    @Test
    void annexDayRowsHaveWeekdayButNoYear() {
        assertThat(UnDates.weekdayAndDate(d(2018, 7, 2))).isEqualTo("Monday, 2 July");
        assertThat(UnDates.weekdayAndDate(d(2018, 7, 3))).isEqualTo("Tuesday, 3 July");
    }

    @Test
    void weekdayDateAndYear() {
        assertThat(UnDates.weekdayDateAndYear(d(2018, 7, 2))).isEqualTo("Monday, 2 July 2018");
        assertThat(UnDates.weekdayDateAndYear(d(2021, 12, 13))).isEqualTo("Monday, 13 December 2021");
    }

    @Test
    void openingSentenceIsComposedFromDateAndTime() {
        String sentence = UnText.endSentence(
                "The eighth meeting of the Working Group on Trafficking in Persons will be opened on "
                + UnDates.weekdayDateAndYear(d(2018, 7, 2)) + ", at " + UnTimes.time(LocalTime.of(10, 0)));
        assertThat(sentence).isEqualTo("The eighth meeting of the Working Group on Trafficking in Persons "
                + "will be opened on Monday, 2 July 2018, at 10 a.m.");
    }

    @Test
    void namesAreEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(UnDates.weekdayDateAndYear(d(2018, 7, 2))).isEqualTo("Monday, 2 July 2018");
            assertThat(UnDates.range(d(2018, 6, 30), d(2018, 7, 2))).isEqualTo("30 June–2 July 2018");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void rangeOfOneDayIsThatDate() {
        assertThat(UnDates.range(d(2018, 7, 2), d(2018, 7, 2))).isEqualTo("2 July 2018");
    }

    @Test
    void twoConsecutiveDaysInAMonthAreJoinedWithAnd() {
        assertThat(UnDates.range(d(2018, 7, 2), d(2018, 7, 3))).isEqualTo("2 and 3 July 2018");
        assertThat(UnDates.range(d(2016, 6, 6), d(2016, 6, 7))).isEqualTo("6 and 7 June 2016");
    }

    @Test
    void longerRangeInAMonthUsesAnEnDashWithoutSpaces() {
        // CAC/COSP/2021/3
        assertThat(UnDates.range(d(2021, 12, 13), d(2021, 12, 17))).isEqualTo("13\u201317 December 2021");
        assertThat(UnDates.range(d(2017, 9, 6), d(2017, 9, 8))).isEqualTo("6–8 September 2017");
    }

    @Test
    void twoDaysInAMonthThatAreNotConsecutiveUseTheDash() {
        assertThat(UnDates.range(d(2018, 7, 2), d(2018, 7, 4))).isEqualTo("2–4 July 2018");
    }

    @Test
    void rangeAcrossMonthsWritesBothMonthsAndTheYearOnce() {
        assertThat(UnDates.range(d(2018, 6, 30), d(2018, 7, 2))).isEqualTo("30 June–2 July 2018");
        assertThat(UnDates.range(d(2018, 7, 31), d(2018, 8, 1))).isEqualTo("31 July–1 August 2018");
    }

    @Test
    void rangeAcrossYearsWritesBothYears() {
        assertThat(UnDates.range(d(2018, 12, 30), d(2019, 1, 2))).isEqualTo("30 December 2018–2 January 2019");
        assertThat(UnDates.range(d(2018, 12, 31), d(2019, 1, 1))).isEqualTo("31 December 2018–1 January 2019");
        assertThat(UnDates.range(d(2018, 7, 2), d(2019, 7, 3))).isEqualTo("2 July 2018–3 July 2019");
    }

    @Test
    void rangesNeverUseAHyphen() {
        assertThat(UnDates.range(d(2021, 12, 13), d(2021, 12, 17)))
                .contains(UnText.EN_DASH)
                .doesNotContain("-");
    }

    @Test
    void rangeEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> UnDates.range(d(2018, 7, 3), d(2018, 7, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends before it starts")
                .hasMessageContaining("2018-07-03")
                .hasMessageContaining("2018-07-02");
    }

    @Test
    void nullsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> UnDates.date(null));
        assertThatNullPointerException().isThrownBy(() -> UnDates.range(null, d(2018, 7, 2)));
        assertThatNullPointerException().isThrownBy(() -> UnDates.range(d(2018, 7, 2), null));
    }

    /** The names written out in UnDates are the ones java.time gives in English, for every month and weekday. */
    @Test
    void monthAndWeekdayNamesAreJavasEnglishOnes() {
        for (LocalDate day = d(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            assertThat(UnDates.weekdayAndDate(day)).isEqualTo(
                    day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + ", "
                            + day.getDayOfMonth() + " "
                            + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        }
    }
}
