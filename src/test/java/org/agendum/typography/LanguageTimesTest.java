package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Meeting times in each language, for every start and end on the five minutes of a day: English is what
 * {@link UnTimes} writes; the others show both hours, the minutes when there are any, no "a.m." or "p.m.", and
 * Chinese the right half of the day.
 */
class LanguageTimesTest {
    private static final Pattern ENGLISH = Pattern.compile("a\\.m\\.|p\\.m\\.|noon|midnight");

    @Test
    void englishIsWhatUnTimesWrites() {
        LanguageTimes english = DocumentLanguage.of("en").times();
        for (LocalTime start : everyFiveMinutes()) {
            assertThat(english.time(start)).isEqualTo(UnTimes.time(start));
            for (LocalTime end : everyFiveMinutes()) {
                if (UnTimes.isRange(start, end)) {
                    assertThat(english.range(start, end)).as("%s–%s", start, end).isEqualTo(UnTimes.range(start, end));
                } else {
                    assertThat(english.asTyped(start, end))
                            .isEqualTo(UnTimes.time(start) + UnText.EN_DASH + UnTimes.time(end));
                }
            }
        }
    }

    @Test
    void everyMeetingTimeShowsBothEndsInTheLanguagesOwnForm() {
        for (String code : LanguageTable.CODES) {
            if (code.equals("en")) {
                continue;
            }
            LanguageTimes times = DocumentLanguage.of(code).times();
            for (LocalTime start : everyFiveMinutes()) {
                for (LocalTime end : everyFiveMinutes()) {
                    if (!UnTimes.isRange(start, end)) {
                        continue;
                    }
                    String range = times.range(start, end);
                    assertThat(ENGLISH.matcher(range).find()).as("%s: %s", code, range).isFalse();
                    if (!code.equals("zh")) {
                        // a 24-hour clock: both hours as they are (24 for the midnight that closes the day)
                        int endHour = end.equals(LocalTime.MIDNIGHT) ? 24 : end.getHour();
                        assertThat(range).as(code).contains(Integer.toString(start.getHour()))
                                .contains(Integer.toString(endHour));
                        if (start.getMinute() != 0) {
                            assertThat(range).as(code).contains(String.format("%02d", start.getMinute()));
                        }
                    }
                }
            }
        }
    }

    @Test
    void chineseNamesTheHalfOfTheDayOnceWhenBothEndsShareIt() {
        LanguageTimes chinese = DocumentLanguage.of("zh").times();
        assertThat(chinese.range(LocalTime.of(10, 0), LocalTime.of(13, 0))).isEqualTo("上午10时至下午1时");
        assertThat(chinese.range(LocalTime.of(15, 0), LocalTime.of(18, 0))).isEqualTo("下午3时至6时");
        assertThat(chinese.range(LocalTime.of(9, 30), LocalTime.of(12, 0))).isEqualTo("上午9时30分至中午12时");
        for (LocalTime start : everyFiveMinutes()) {
            String time = chinese.time(start);
            if (start.getHour() < 12 && !start.equals(LocalTime.MIDNIGHT)) {
                assertThat(time).startsWith("上午");
            } else if (start.getHour() > 12) {
                assertThat(time).startsWith("下午");
            }
        }
    }

    @Test
    void theOtherLanguagesForms() {
        LocalTime ten = LocalTime.of(10, 0);
        LocalTime one = LocalTime.of(13, 0);
        assertThat(DocumentLanguage.of("fr").times().range(ten, one)).isEqualTo("10 heures-13 heures");
        assertThat(DocumentLanguage.of("fr").times().range(LocalTime.of(9, 30), one)).isEqualTo("9 h 30-13 heures");
        assertThat(DocumentLanguage.of("es").times().range(ten, one)).isEqualTo("10.00 a 13.00 horas");
        assertThat(DocumentLanguage.of("ru").times().range(ten, one)).isEqualTo("10 ч. 00 м. – 13 ч. 00 м.");
        assertThat(DocumentLanguage.of("ar").times().range(ten, one)).isEqualTo("10:00-13:00");
        assertThat(DocumentLanguage.of("es").times().range(LocalTime.of(21, 0), LocalTime.MIDNIGHT))
                .isEqualTo("21.00 a 24.00 horas");
    }

    private static Iterable<LocalTime> everyFiveMinutes() {
        return () -> java.util.stream.IntStream.range(0, 24 * 12).mapToObj(i -> LocalTime.of(i / 12, i % 12 * 5))
                .iterator();
    }
}
