package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.LanguageNumbering;
import org.junit.jupiter.api.Test;

/** The English table numbers as the model's {@link Numbering} does, so an English export keeps its labels. */
class NumberingLanguageTest {
    @Test
    void theEnglishTableGivesTheModelsLabelsAndReferences() {
        LanguageNumbering english = DocumentLanguage.of("en").numbering();
        for (int depth = 0; depth <= 6; depth++) {
            for (int ordinal = 1; ordinal <= 80; ordinal++) {
                assertThat(english.listLabel(depth, ordinal)).isEqualTo(Numbering.listLabel(depth, ordinal));
            }
        }
        List<Integer> path = new ArrayList<>();
        for (int depth = 0; depth <= 6; depth++) {
            path.add(depth * 7 + 3);
            assertThat(english.reference(path)).isEqualTo(Numbering.reference(path));
        }
    }

    @Test
    void theEnglishTablePunctuatesAsTheModel() {
        DocumentLanguage english = DocumentLanguage.of("en");
        assertThat(new AgendaPunctuation.Marks(english.label("punctuation.colon"),
                english.label("punctuation.semicolon"), english.label("punctuation.fullStop")))
                .isEqualTo(AgendaPunctuation.Marks.ENGLISH);
    }
}
