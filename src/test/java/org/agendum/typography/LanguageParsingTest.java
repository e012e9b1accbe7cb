package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The import reads a version with the same tables the export prints it from: in each of the six languages, what the
 * dates, times, labels and references print reads back to what was printed (every date from 1990 to 2040, every
 * quarter-hour meeting of a day, labels of every depth), and the forms real documents vary in (a missing space, a
 * hyphen for a dash) read too.
 */
class LanguageParsingTest {
    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2040, 12, 31);

    @Test
    void everyDateFrom1990To2040ReadsBackInEveryLanguage() {
        for (String code : LanguageTable.CODES) {
            LanguageDates dates = DocumentLanguage.of(code).dates();
            for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
                String written = dates.date(date);
                assertThat(dates.parseDate(written)).as("%s: %s", code, written).contains(date);
                assertThat(dates.parseRange(written)).as("%s: %s", code, written)
                        .contains(new UnDates.DateRange(date, date));
                String row = dates.weekdayAndDayMonth(date);
                LocalDate day = date;
                assertThat(dates.parseWeekdayAndDayMonth(row).map(read -> read.nearest(day)))
                        .as("%s: %s", code, row).contains(date);
            }
        }
    }

    /** Ranges of every shape from each day of 2017 to 2019: two days, a week, across a month's end and a year's. */
    @Test
    void everyRangeShapeReadsBackInEveryLanguage() {
        for (String code : LanguageTable.CODES) {
            LanguageDates dates = DocumentLanguage.of(code).dates();
            for (LocalDate start = LocalDate.of(2017, 1, 1); start.getYear() < 2020; start = start.plusDays(1)) {
                for (int days : new int[] {1, 2, 4, 20, 40, 400}) {
                    LocalDate end = start.plusDays(days);
                    String written = dates.range(start, end);
                    assertThat(dates.parseRange(written)).as("%s: %s", code, written)
                            .contains(new UnDates.DateRange(start, end));
                }
            }
        }
    }

    @Test
    void theFormsOfRealDocumentsRead() {
        assertThat(DocumentLanguage.of("fr").dates().parseRange("1er-5 juin 2015"))
                .contains(new UnDates.DateRange(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 5)));
        assertThat(DocumentLanguage.of("fr").dates().parseDate("1 mars 1999")).contains(LocalDate.of(1999, 3, 1));
        assertThat(DocumentLanguage.of("es").dates().parseRange("6 a 17 de noviembre de 2017"))
                .contains(new UnDates.DateRange(LocalDate.of(2017, 11, 6), LocalDate.of(2017, 11, 17)));
        assertThat(DocumentLanguage.of("ru").dates().parseRange("26-28 мая 2021 года"))
                .contains(new UnDates.DateRange(LocalDate.of(2021, 5, 26), LocalDate.of(2021, 5, 28)));
        assertThat(DocumentLanguage.of("zh").dates().parseRange("2015年6月1日至5日"))
                .contains(new UnDates.DateRange(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 5)));
        assertThat(DocumentLanguage.of("ar").dates().parseRange("19-23 آب/أغسطس 2013"))
                .contains(new UnDates.DateRange(LocalDate.of(2013, 8, 19), LocalDate.of(2013, 8, 23)));
        assertThat(DocumentLanguage.of("fr").dates().parseDate("9 avril 2018 (suite)")).isEmpty();
        assertThat(DocumentLanguage.of("fr").dates().parseDate("31 juin 2018")).isEmpty();
    }

    /** Every meeting on the quarter-hour within a day, in every language (English shares its half of the day). */
    @Test
    void everyQuarterHourMeetingReadsBackInEveryLanguage() {
        List<LocalTime> times = new ArrayList<>();
        for (int quarter = 0; quarter < 96; quarter++) {
            times.add(LocalTime.of(quarter / 4, quarter % 4 * 15));
        }
        for (String code : LanguageTable.CODES) {
            LanguageTimes language = DocumentLanguage.of(code).times();
            for (LocalTime start : times) {
                for (LocalTime end : times) {
                    if (UnTimes.isRange(start, end)) {
                        String written = language.range(start, end);
                        assertThat(language.parseRange(written)).as("%s: %s", code, written)
                                .contains(new UnTimes.TimeRange(start, end));
                    }
                }
            }
        }
        assertThat(DocumentLanguage.of("zh").times().parseRange("下午3时至6时"))
                .contains(new UnTimes.TimeRange(LocalTime.of(15, 0), LocalTime.of(18, 0)));
        assertThat(DocumentLanguage.of("fr").times().parseRange("9 h 30 - 13 heures"))
                .contains(new UnTimes.TimeRange(LocalTime.of(9, 30), LocalTime.of(13, 0)));
        assertThat(DocumentLanguage.of("fr").times().parseRange("Lundi 2 juillet")).isEmpty();
    }

    /** A label of each depth reads as that depth and ordinal among what its form may stand for. */
    @Property(tries = 300)
    void everyLabelReadsBack(@ForAll @IntRange(min = 0, max = 5) int language,
                             @ForAll @IntRange(min = 0, max = 3) int depth, @ForAll @IntRange(min = 1, max = 120) int ordinal) {
        LanguageNumbering numbering = DocumentLanguage.of(LanguageTable.CODES.get(language)).numbering();
        String label = numbering.listLabel(depth, ordinal);

        assertThat(numbering.readings(label)).contains(new LanguageNumbering.Reading(depth, ordinal));
        assertThat(numbering.labelPattern().matcher(label).matches()).isTrue();
    }

    @Property(tries = 300)
    void everyReferenceReadsBack(@ForAll @IntRange(min = 0, max = 5) int language,
                                 @ForAll @IntRange(min = 1, max = 60) int item, @ForAll @IntRange(min = 0, max = 40) int sub,
                                 @ForAll @IntRange(min = 0, max = 12) int third) {
        LanguageNumbering numbering = DocumentLanguage.of(LanguageTable.CODES.get(language)).numbering();
        List<Integer> path = sub == 0 ? List.of(item) : third == 0 ? List.of(item, sub) : List.of(item, sub, third);

        assertThat(numbering.parseReference(numbering.reference(path))).contains(path);
    }

    @Test
    void labelsInTheLanguagesForms() {
        assertThat(DocumentLanguage.of("ar").numbering().readings("(هـ)"))
                .containsExactly(new LanguageNumbering.Reading(1, 5));
        assertThat(DocumentLanguage.of("fr").numbering().readings("i)"))
                .containsExactly(new LanguageNumbering.Reading(1, 9), new LanguageNumbering.Reading(2, 1));
        assertThat(DocumentLanguage.of("ar").numbering().readings("1 -"))
                .containsExactly(new LanguageNumbering.Reading(0, 1));
        assertThat(DocumentLanguage.of("en").numbering().readings("(ab)")).isEmpty();
        assertThat(DocumentLanguage.of("zh").numbering().parseReference("1(a)")).contains(List.of(1, 1));
        assertThat(DocumentLanguage.of("en").numbering().parseReference("1(a)")).contains(List.of(1, 1));
    }
}
