package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The readers of dates and times the import uses: what the writers write, and what real documents print. */
class UnParsingTest {
    @Test
    void aDateAsTheMastheadPrintsIt() {
        assertThat(UnDates.parseDate("9 April 2018")).contains(LocalDate.of(2018, 4, 9));
        assertThat(UnDates.parseDate(" 31\u00A0December 2000 ")).contains(LocalDate.of(2000, 12, 31));
        assertThat(UnDates.parseDate("31 April 2018")).isEmpty();
        assertThat(UnDates.parseDate("April 9, 2018")).isEmpty();
        assertThat(UnDates.parseDate(null)).isEmpty();
    }

    @Test
    void rangesAsRealDocumentsPrintThem() {
        assertThat(UnDates.parseRange("2 and 3 July 2018"))
                .contains(new UnDates.DateRange(LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 3)));
        assertThat(UnDates.parseRange("13\u201331 May 2019"))
                .contains(new UnDates.DateRange(LocalDate.of(2019, 5, 13), LocalDate.of(2019, 5, 31)));
        assertThat(UnDates.parseRange("11-15 April 2011"))
                .contains(new UnDates.DateRange(LocalDate.of(2011, 4, 11), LocalDate.of(2011, 4, 15)));
        assertThat(UnDates.parseRange("28 April\u201323 May 2014"))
                .contains(new UnDates.DateRange(LocalDate.of(2014, 4, 28), LocalDate.of(2014, 5, 23)));
        assertThat(UnDates.parseRange("30 December 2018\u20132 January 2019"))
                .contains(new UnDates.DateRange(LocalDate.of(2018, 12, 30), LocalDate.of(2019, 1, 2)));
        assertThat(UnDates.parseRange("from 2 to 6 November 2015"))
                .contains(new UnDates.DateRange(LocalDate.of(2015, 11, 2), LocalDate.of(2015, 11, 6)));
        assertThat(UnDates.parseRange("31 August 2000"))
                .contains(new UnDates.DateRange(LocalDate.of(2000, 8, 31), LocalDate.of(2000, 8, 31)));
    }

    @Test
    void notRanges() {
        assertThat(UnDates.parseRange("5\u20133 July 2018")).isEmpty();
        assertThat(UnDates.parseRange("2 and 3 Julyish 2018")).isEmpty();
        assertThat(UnDates.parseRange("Vienna")).isEmpty();
        assertThat(UnDates.parseRange("30 February\u20132 March 2019")).isEmpty();
    }

    @Property
    void whatRangeWritesRangeReads(@ForAll @IntRange(min = 0, max = 80_000) int startDay,
                                   @ForAll @IntRange(min = 0, max = 400) int length) {
        LocalDate start = LocalDate.ofEpochDay(startDay - 20_000L);
        LocalDate end = start.plusDays(length);

        assertThat(UnDates.parseRange(UnDates.range(start, end))).contains(new UnDates.DateRange(start, end));
        assertThat(UnDates.parseDate(UnDates.date(start))).contains(start);
    }

    @Test
    void theAnnexsDayRows() {
        UnDates.WeekdayAndDate monday = UnDates.parseWeekdayAndDate("Monday, 2 July").orElseThrow();

        assertThat(monday).isEqualTo(new UnDates.WeekdayAndDate(DayOfWeek.MONDAY, MonthDay.of(7, 2)));
        assertThat(monday.nearest(LocalDate.of(2018, 7, 2))).isEqualTo(LocalDate.of(2018, 7, 2));
        // 2 July was a Monday in 2018, not in 2017 or 2019: the weekday picks the year
        assertThat(monday.nearest(LocalDate.of(2019, 3, 1))).isEqualTo(LocalDate.of(2018, 7, 2));
        assertThat(UnDates.parseWeekdayAndDate("Tuesday 3 July")).isPresent();
        assertThat(UnDates.parseWeekdayAndDate("Tuesday, 31 June")).isEmpty();
        assertThat(UnDates.parseWeekdayAndDate("Opening of the meeting")).isEmpty();
    }

    @Test
    void timeRangesAsTheAnnexPrintsThem() {
        assertThat(UnTimes.parseRange("10 a.m.\u20131 p.m."))
                .contains(new UnTimes.TimeRange(LocalTime.of(10, 0), LocalTime.of(13, 0)));
        assertThat(UnTimes.parseRange("3\u20136 p.m."))
                .contains(new UnTimes.TimeRange(LocalTime.of(15, 0), LocalTime.of(18, 0)));
        assertThat(UnTimes.parseRange("9.30\u201311 a.m."))
                .contains(new UnTimes.TimeRange(LocalTime.of(9, 30), LocalTime.of(11, 0)));
        assertThat(UnTimes.parseRange("11-1 p.m."))
                .contains(new UnTimes.TimeRange(LocalTime.of(11, 0), LocalTime.of(13, 0)));
        assertThat(UnTimes.parseRange("10 a.m.\u201312 noon"))
                .contains(new UnTimes.TimeRange(LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertThat(UnTimes.parseRange("10 a.m. to 1 p.m."))
                .contains(new UnTimes.TimeRange(LocalTime.of(10, 0), LocalTime.of(13, 0)));
    }

    @Test
    void notTimeRanges() {
        assertThat(UnTimes.parseRange("6\u20133 p.m.")).isEmpty();
        assertThat(UnTimes.parseRange("1 (a)")).isEmpty();
        assertThat(UnTimes.parseRange("10 a.m.")).isEmpty();
        assertThat(UnTimes.parseRange(null)).isEmpty();
    }

    @Property
    void whatRangeWritesRangeReadsBack(@ForAll @IntRange(min = 0, max = 1438) int startMinute,
                                       @ForAll @IntRange(min = 1, max = 1439) int length) {
        LocalTime start = LocalTime.ofSecondOfDay(startMinute * 60L);
        int endMinute = Math.min(startMinute + length, 1439);
        LocalTime end = LocalTime.ofSecondOfDay(endMinute * 60L);
        if (!UnTimes.isRange(start, end)) {
            return;
        }

        assertThat(UnTimes.parseRange(UnTimes.range(start, end))).contains(new UnTimes.TimeRange(start, end));
    }
}
