package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link UnTimes#parse} reads back every time the document can print, and every 24-hour time. */
class UnTimesParsePropertyTest {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private static LocalTime minute(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = MINUTES_PER_DAY)
    void readsBackWhatTimeWrites(@ForAll @IntRange(min = 0, max = MINUTES_PER_DAY - 1) int minuteOfDay) {
        LocalTime time = minute(minuteOfDay);
        assertThat(UnTimes.parse(UnTimes.time(time))).as(UnTimes.time(time)).contains(time);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = MINUTES_PER_DAY)
    void readsTheTwentyFourHourClockWithTwoDigitHours(
            @ForAll @IntRange(min = 0, max = MINUTES_PER_DAY - 1) int minuteOfDay) {
        LocalTime time = minute(minuteOfDay);
        String colon = String.format("%02d:%02d", time.getHour(), time.getMinute());
        assertThat(UnTimes.parse(colon)).as(colon).contains(time);
        assertThat(UnTimes.parse(colon.replace(':', '.'))).contains(time);
    }

    @Property(tries = 2000)
    void anyTextGivesATimeOrNothingAndNeverFails(@ForAll String text) {
        // what matters is that it returns: a text field hands the parser whatever is typed or pasted
        assertThat(UnTimes.parse(text)).isNotNull();
    }
}
