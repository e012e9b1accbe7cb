package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labels and references per language. The model's {@code Numbering} is held to the English table by
 * {@code org.agendum.model.NumberingLanguageTest}, which may see both packages.
 */
class LanguageNumberingTest {
    @Test
    void subItemLabelsPerLanguage() {
        assertThat(labels("en", 1)).startsWith("(a)", "(b)", "(c)");
        assertThat(labels("fr", 1)).startsWith("a)", "b)", "c)");
        assertThat(labels("es", 1)).startsWith("a)", "b)", "c)");
        assertThat(labels("ru", 1)).startsWith("a)", "b)", "c)");
        assertThat(labels("zh", 1)).startsWith("(a)", "(b)", "(c)");
        assertThat(labels("ar", 1)).startsWith("(أ)", "(ب)", "(ج)", "(د)", "(هـ)", "(و)", "(ز)", "(ح)", "(ط)", "(ي)");
        assertThat(labels("fr", 2)).startsWith("i)", "ii)", "iii)", "iv)");
        assertThat(labels("ar", 2)).startsWith("’1‘", "’2‘");
    }

    @Test
    void itemNumbersAndChapters() {
        assertThat(DocumentLanguage.of("en").numbering().listLabel(0, 3)).isEqualTo("3.");
        assertThat(DocumentLanguage.of("ar").numbering().listLabel(0, 3)).isEqualTo("3 -");
        assertThat(DocumentLanguage.of("en").numbering().chapter(2)).isEqualTo("II.");
        assertThat(DocumentLanguage.of("zh").numbering().chapter(1)).isEqualTo("一.");
        assertThat(DocumentLanguage.of("ar").numbering().chapter(1)).isEqualTo("أولا -");
        assertThat(DocumentLanguage.of("ar").numbering().chapter(2)).isEqualTo("ثانيا -");
        assertThat(DocumentLanguage.of("en").numbering().chapter(24)).isEqualTo("XXIV.");
    }

    @Test
    void theAnnexCitesSubItemsInTheLanguagesForm() {
        List<Integer> oneB = List.of(1, 2);
        assertThat(DocumentLanguage.of("en").numbering().reference(oneB)).isEqualTo("1 (b)");
        assertThat(DocumentLanguage.of("fr").numbering().reference(oneB)).isEqualTo("1 b)");
        assertThat(DocumentLanguage.of("zh").numbering().reference(oneB)).isEqualTo("1(b)");
        assertThat(DocumentLanguage.of("ar").numbering().reference(oneB)).isEqualTo("1 (ب)");
        assertThat(DocumentLanguage.of("en").numbering().reference(List.of(1, 2, 3))).isEqualTo("1 (b) (iii)");
    }

    @Test
    void aLongSeriesDoublesTheLetters() {
        assertThat(DocumentLanguage.of("en").numbering().listLabel(1, 27)).isEqualTo("(aa)");
        assertThat(DocumentLanguage.of("ar").numbering().listLabel(1, 29)).isEqualTo("(أأ)");
    }

    @Test
    void theItemLineCitesTheItemInTheLanguage() {
        assertThat(DocumentLanguage.of("fr").agendaItemLine("Item 2 (a) of the provisional agenda"))
                .isEqualTo("Point 2 a) de l’ordre du jour provisoire");
        assertThat(DocumentLanguage.of("zh").agendaItemLine("Item 2 (a) of the provisional agenda"))
                .isEqualTo("临时议程项目2(a)");
        assertThat(DocumentLanguage.of("es").agendaItemLine("Item 4 of the provisional agenda"))
                .isEqualTo("Tema 4 del programa provisional");
        assertThat(DocumentLanguage.of("fr").agendaItemLine("Point 4 de l’ordre du jour")).as("the officer's own")
                .isEqualTo("Point 4 de l’ordre du jour");
        assertThat(DocumentLanguage.of("en").agendaItemLine("Item 2 of the provisional agenda"))
                .isEqualTo("Item 2 of the provisional agenda");
    }

    private static List<String> labels(String code, int depth) {
        LanguageNumbering numbering = DocumentLanguage.of(code).numbering();
        return java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(i -> numbering.listLabel(depth, i)).toList();
    }
}
