package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Dates in each language's patterns: every date from 1990 to 2040 reads back to itself with the month's name in the
 * form the table gives (Russian genitive, Arabic double names); English is what {@link UnDates} writes; ranges name
 * both days and the year once; no English month or weekday shows in another language.
 */
class LanguageDatesTest {
    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2040, 12, 31);
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday| and ");

    @Test
    void everyDateFrom1990To2040ReadsBackInEveryLanguage() {
        for (String code : LanguageTable.CODES) {
            LanguageDates dates = DocumentLanguage.of(code).dates();
            Pattern reader = reader(code);
            for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
                String written = dates.date(date);
                Matcher m = reader.matcher(written);
                assertThat(m.matches()).as("%s %s: %s", code, date, written).isTrue();
                assertThat(readBack(code, m)).as("%s: %s", code, written).isEqualTo(date);
                if (!code.equals("en")) {
                    assertThat(ENGLISH_WORDS.matcher(written).find()).as("%s: %s", code, written).isFalse();
                }
            }
        }
    }

    @Test
    void englishIsWhatUnDatesWrites() {
        LanguageDates english = DocumentLanguage.of("en").dates();
        for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
            assertThat(english.date(date)).isEqualTo(UnDates.date(date));
            assertThat(english.weekdayAndDayMonth(date)).isEqualTo(UnDates.weekdayAndDate(date));
        }
    }

    @Property(tries = 2000)
    void englishRangesAreWhatUnDatesWrites(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = 400) int days) {
        LocalDate end = start.plusDays(days);
        assertThat(DocumentLanguage.of("en").dates().range(start, end)).isEqualTo(UnDates.range(start, end));
    }

    @Property(tries = 2000)
    void rangesNameBothDaysTheirMonthsAndTheYearInEveryLanguage(@ForAll("dates") LocalDate start,
                                                               @ForAll @IntRange(min = 1, max = 400) int days) {
        LocalDate end = start.plusDays(days);
        for (String code : LanguageTable.CODES) {
            LanguageTable table = DocumentLanguage.of(code).table();
            String range = DocumentLanguage.of(code).dates().range(start, end);
            List<String> months = table.list("months");
            assertThat(range).as(code).contains(Integer.toString(end.getYear()))
                    .contains(months.get(end.getMonthValue() - 1));
            assertThat(range).as(code).contains(day(table, end));
            assertThat(range).as(code).contains(day(table, start));
            if (start.getYear() == end.getYear()) {
                assertThat(count(range, Integer.toString(end.getYear()))).as("%s: the year once in %s", code, range)
                        .isEqualTo(1);
            }
            if (!code.equals("en")) {
                assertThat(ENGLISH_WORDS.matcher(range).find()).as("%s: %s", code, range).isFalse();
            }
        }
    }

    @Test
    void theLanguagesOwnForms() {
        LocalDate march1 = LocalDate.of(1999, 3, 1);
        assertThat(DocumentLanguage.of("fr").dates().date(march1)).isEqualTo("1er mars 1999");
        assertThat(DocumentLanguage.of("fr").dates().range(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 5)))
                .isEqualTo("1er-5 juin 2015");
        assertThat(DocumentLanguage.of("es").dates().date(LocalDate.of(2017, 8, 25))).isEqualTo("25 de agosto de 2017");
        assertThat(DocumentLanguage.of("es").dates().range(LocalDate.of(2017, 11, 6), LocalDate.of(2017, 11, 17)))
                .isEqualTo("6 a 17 de noviembre de 2017");
        assertThat(DocumentLanguage.of("ru").dates().date(LocalDate.of(2013, 9, 18))).isEqualTo("18 сентября 2013 года");
        assertThat(DocumentLanguage.of("ru").dates().range(LocalDate.of(2021, 5, 26), LocalDate.of(2021, 5, 28)))
                .isEqualTo("26–28 мая 2021 года");
        assertThat(DocumentLanguage.of("zh").dates().date(LocalDate.of(2015, 6, 17))).isEqualTo("2015年6月17日");
        assertThat(DocumentLanguage.of("zh").dates().range(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 5)))
                .isEqualTo("2015年6月1日至5日");
        assertThat(DocumentLanguage.of("ar").dates().range(LocalDate.of(2013, 8, 19), LocalDate.of(2013, 8, 23)))
                .isEqualTo("19-23 آب/أغسطس 2013");
        assertThat(DocumentLanguage.of("fr").dates().weekdayAndDayMonth(LocalDate.of(2018, 7, 2)))
                .isEqualTo("Lundi 2 juillet");
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** A reader built from the table's own pattern: the day (or the first day's form), the month, the year. */
    private static Pattern reader(String code) {
        LanguageTable table = DocumentLanguage.of(code).table();
        List<String> names = new ArrayList<>();
        table.list("months").forEach(name -> names.add(Pattern.quote(name)));
        String firstDay = table.get("date.firstDay");
        String day = firstDay.isEmpty() ? "(?<d>\\d{1,2})" : "(?<d>" + Pattern.quote(firstDay) + "|\\d{1,2})";
        String pattern = Pattern.quote(table.get("date"))
                .replace("{d}", "\\E" + day + "\\Q")
                .replace("{month}", "\\E(?<month>" + String.join("|", names) + ")\\Q")
                .replace("{m}", "\\E(?<m>\\d{1,2})\\Q")
                .replace("{yyyy}", "\\E(?<yyyy>\\d{4})\\Q");
        return Pattern.compile(pattern);
    }

    private static LocalDate readBack(String code, Matcher m) {
        LanguageTable table = DocumentLanguage.of(code).table();
        String d = m.group("d");
        int day = d.equals(table.get("date.firstDay")) ? 1 : Integer.parseInt(d);
        int month = table.get("date").contains("{month}") ? table.list("months").indexOf(m.group("month")) + 1
                : Integer.parseInt(m.group("m"));
        return LocalDate.of(Integer.parseInt(m.group("yyyy")), month, day);
    }

    private static String day(LanguageTable table, LocalDate date) {
        return date.getDayOfMonth() == 1 && !table.get("date.firstDay").isEmpty() ? table.get("date.firstDay")
                : Integer.toString(date.getDayOfMonth());
    }

    private static int count(String text, String part) {
        return text.toLowerCase(Locale.ROOT).split(Pattern.quote(part), -1).length - 1;
    }
}
