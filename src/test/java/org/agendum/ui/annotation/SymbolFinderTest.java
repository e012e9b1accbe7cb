package org.agendum.ui.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which document symbol the officer means: the selection, or the symbol around the caret. */
class SymbolFinderTest {
    private static final String TEXT = "report (CTOC/COP/WG.8/2016/2). See also A/80/6 (Sect. 16) and E/CN.15/2011/1.";

    private static Optional<String> at(int caret) {
        return SymbolFinder.find(TEXT, caret, caret).map(SymbolFinder.Found::symbol);
    }

    @Test
    void theCaretInsideASymbolFindsAllOfItWithoutBracketsOrTheFullStop() {
        int inside = TEXT.indexOf("WG.8");
        assertThat(at(inside)).contains("CTOC/COP/WG.8/2016/2");
        assertThat(at(TEXT.indexOf("E/CN") + 1)).contains("E/CN.15/2011/1");
        assertThat(at(TEXT.indexOf("E/CN.15/2011/1") + "E/CN.15/2011/1".length())).contains("E/CN.15/2011/1");
    }

    @Test
    void aBracketedSectionSuffixBelongsToTheSymbol() {
        assertThat(at(TEXT.indexOf("A/80"))).contains("A/80/6 (Sect. 16)");
    }

    @Test
    void wordsAndNumbersAreNotSymbols() {
        assertThat(at(2)).isEmpty();
        assertThat(SymbolFinder.find("resolution 8/2 of", 12, 12)).isEmpty();
        assertThat(SymbolFinder.find("see a/80/1", 6, 6)).isEmpty();
    }

    @Test
    void aSelectionIsTakenAsItIsLessSpacesAndClosingPunctuation() {
        int start = TEXT.indexOf("(CTOC");
        int end = TEXT.indexOf(". See");
        var found = SymbolFinder.find(TEXT, start + 1, end + 1);
        assertThat(found).map(SymbolFinder.Found::symbol).contains("CTOC/COP/WG.8/2016/2");
        assertThat(found.get().start()).isEqualTo(start + 1);
        assertThat(SymbolFinder.find(TEXT, 0, 6)).isEmpty();
    }
}
