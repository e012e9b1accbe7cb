package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Straight quotes typed in each language's version become that language's marks (docs/languages.md). */
class QuotesLanguagesTest {
    private static final String NBSP = "\u00A0";

    /** Types {@code keys} one by one into an empty text, as the editor does: quotes through {@link Quotes#typed}. */
    static String type(String keys, String language) {
        QuoteMarks marks = DocumentLanguage.of(language).quoteMarks();
        StringBuilder text = new StringBuilder();
        for (char c : keys.toCharArray()) {
            if (c == '"' || c == '\'') {
                Quotes.Insertion insertion = Quotes.typed(text, c, marks);
                text.setLength(text.length() - insertion.replaced());
                text.append(insertion.text());
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    @Test
    void frenchGuillemetsHoldANoBreakSpaceInside() {
        assertThat(type("le \"texte\" dit", "fr")).isEqualTo("le «" + NBSP + "texte" + NBSP + "» dit");
        // the officer's own space before the closing mark becomes the no-break one, not a second space
        assertThat(type("le \"texte \" dit", "fr")).isEqualTo("le «" + NBSP + "texte" + NBSP + "» dit");
        assertThat(type("\"Point\"", "fr")).isEqualTo("«" + NBSP + "Point" + NBSP + "»");
        // inside the guillemets, a quotation of its own in “ ”, and the apostrophe stays ’
        assertThat(type("\"l'ordre 'cité'\"", "fr")).isEqualTo("«" + NBSP + "l’ordre “cité”" + NBSP + "»");
    }

    @Test
    void russianGuillemetsWithLowAndHighQuotesInside() {
        assertThat(type("пункт \"повестка 'дня'\"", "ru")).isEqualTo("пункт «повестка „дня“»");
        assertThat(type("О'Брайен", "ru")).isEqualTo("О’Брайен");
    }

    @Test
    void chineseCurlyQuotes() {
        assertThat(type("题为\"议程\"的", "zh")).isEqualTo("题为“议程”的");
    }

    @Test
    void spanishCurlyQuotesAsTheUnSpanishServiceWrites() {
        assertThat(type("el tema \"Estado Mayor\" y 'otro'", "es")).isEqualTo("el tema “Estado Mayor” y ‘otro’");
    }

    @Test
    void arabicOpensWithTheRightMarkOfARightToLeftText() {
        assertThat(type("لجنة \"الإجراءات\" المؤلفة", "ar")).isEqualTo("لجنة ”الإجراءات“ المؤلفة");
    }

    @Test
    void englishAsBefore() {
        assertThat(type("entitled \"Report\" and 'it's'", "en")).isEqualTo("entitled “Report” and ‘it’s’");
        assertThat(type("States' parties", "en")).isEqualTo("States’ parties");
        // an open quotation closes even after a space
        assertThat(type("\"yes \"", "en")).isEqualTo("“yes ”");
    }

    static java.util.List<String> codes() {
        return LanguageTable.CODES;
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyLanguageOpensAtTheStartAndClosesAfterAWord(String code) {
        QuoteMarks marks = DocumentLanguage.of(code).quoteMarks();
        String quoted = type("\"x\"", code);

        assertThat(quoted).isEqualTo(marks.open() + marks.space() + "x" + marks.space() + marks.close());
        assertThat(type("'x'", code)).isEqualTo(marks.innerOpen() + "x" + marks.innerClose());
    }
}
