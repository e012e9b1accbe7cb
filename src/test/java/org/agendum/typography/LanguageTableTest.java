package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each language's table has exactly the English table's keys, and its lists the entries the code reads. */
class LanguageTableTest {
    static Set<String> codes() {
        return Set.copyOf(LanguageTable.CODES);
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyLanguageHasEveryKeyOfTheEnglishTableAndNoOther(String code) {
        Set<String> english = LanguageTable.load("en").keys();
        Set<String> keys = LanguageTable.load(code).keys();

        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(keys);
        Set<String> extra = new TreeSet<>(keys);
        extra.removeAll(english);
        assertThat(missing).as("keys the %s table lacks", code).isEmpty();
        assertThat(extra).as("keys only the %s table has", code).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("codes")
    void listsHoldTwelveMonthsSevenWeekdaysAndALetterSeries(String code) {
        LanguageTable table = LanguageTable.load(code);

        assertThat(table.list("months")).hasSize(12).doesNotContain("");
        assertThat(table.list("weekdays")).hasSize(7).doesNotContain("");
        assertThat(table.list("numbering.letters")).hasSizeGreaterThanOrEqualTo(26).doesNotHaveDuplicates();
        assertThat(table.list("chapter.numerals")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aMissingKeyIsAnErrorThatNamesItNotAnEnglishFallBack() {
        assertThatThrownBy(() -> DocumentLanguage.of("fr").label("no.such.key"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fr").hasMessageContaining("no.such.key");
    }

    @Test
    void onlyTheSixLanguagesHaveTables() {
        assertThatThrownBy(() -> DocumentLanguage.of("de")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DocumentLanguage.of("zh")).isSameAs(DocumentLanguage.of("zh")); // read once, then kept
    }

    @Test
    void theTablesAreReadAsUtf8WithTheirEscapes() {
        assertThat(DocumentLanguage.of("ru").label("unitedNations")).isEqualTo("Организация Объединенных Наций");
        assertThat(DocumentLanguage.of("fr").label("masthead.original")).isEqualTo("Original\u00A0: {language}");
        assertThat(DocumentLanguage.of("en").label("annex.continued.open")).isEqualTo(" (");
    }

    @Test
    void fillReplacesNamedPlaceholdersAndRefusesUnknownOnes() {
        assertThat(LanguageTable.fill("{d} de {month}", "d", "25", "month", "agosto")).isEqualTo("25 de agosto");
        assertThatThrownBy(() -> LanguageTable.fill("{x} {y}", "x", "1")).hasMessageContaining("{y}");
    }
}
