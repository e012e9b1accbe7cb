package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenMatchTest {
    @Test
    void wordsAndEachPunctuationMarkAreTokens() {
        assertThat(texts("Vienna, 11-15 April 2011")).containsExactly("Vienna", ",", "11", "-", "15", "April", "2011");
        assertThat(texts("Distr.: General")).containsExactly("Distr", ".", ":", "General");
        assertThat(texts("São Paulo (CEDAW/SP/2000/2).")).containsExactly("São", "Paulo", "(", "CEDAW", "/", "SP", "/",
                "2000", "/", "2", ")", ".");
    }

    @Test
    void aKnownPairHasItsKnownScoreAndMissingStretches() {
        // 7 reference tokens; "The Committee … in … ." are kept, "will meet" and "Geneva" are not
        TokenMatch.Result result = TokenMatch.match("The Committee will meet in Geneva.",
                "The Committee meets in New York.");

        assertThat(result.matched()).isEqualTo(4);
        assertThat(result.total()).isEqualTo(7);
        assertThat(result.percent()).isEqualTo(57.1);
        assertThat(result.missing()).containsExactly("will meet", "Geneva");
        assertThat(result.summary(5)).isEqualTo("score 57.1 % (4/7); missing: \"will meet\" | \"Geneva\"");
    }

    @Test
    void aTextAgainstItselfScoresFullMarks() {
        String text = "1.\tOrganizational matters:\n (a) Opening of the meeting;\n (b) Adoption of the agenda.";

        TokenMatch.Result result = TokenMatch.match(text, text);

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.matched()).isEqualTo(result.total()).isEqualTo(21);
        assertThat(result.missing()).isEmpty();
        assertThat(result.summary(5)).isEqualTo("score 100.0 % (21/21)");
    }

    @Test
    void orderMatters() {
        assertThat(TokenMatch.match("one two three", "three two one").matched()).isEqualTo(1);
        assertThat(TokenMatch.match("Item 2 of the agenda", "the agenda of Item 2").matched()).isEqualTo(2);
    }

    @Test
    void tokensOnlyTheOtherTextHasCostNothing() {
        assertThat(TokenMatch.match("a b", "x a y b z").score()).isEqualTo(1.0);
    }

    @Test
    void spacesDashesAndQuotesAreNormalisedAlikeButCaseAndPunctuationCount() {
        assertThat(TokenMatch.match("13\u201331 May\u00A02019", "13-31 May\n2019").score()).isEqualTo(1.0);
        assertThat(TokenMatch.match("\u201Cvictims\u201D and the Secretariat\u2019s", "\"victims\" and the Secretariat's")
                .score()).isEqualTo(1.0);
        assertThat(TokenMatch.match("Original: ENGLISH", "Original: English").missing()).containsExactly("ENGLISH");
        assertThat(TokenMatch.match("Election of officers.", "Election of officers").missing()).containsExactly(".");
        assertThat(TokenMatch.match("Note by the\n\nSecretary-General", "the").missing())
                .containsExactly("Note by", "Secretary-General");
        assertThat(TokenMatch.match("Annotations\n\nItem 6", "6").missing()).containsExactly("Annotations Item");
    }

    @Test
    void anEmptyReferenceScoresFullMarks() {
        assertThat(TokenMatch.match(" \n", "anything").score()).isEqualTo(1.0);
        assertThat(TokenMatch.match("something", "").score()).isEqualTo(0.0);
    }

    @Test
    void aLongerPairStillFindsTheLongestCommonSubsequence() {
        // 3000 tokens against 3000, every second one kept: the table is 9 million cells
        String reference = String.join(" ", Collections.nCopies(1500, "kept dropped"));
        String other = String.join(" ", Collections.nCopies(1500, "kept other"));

        assertThat(TokenMatch.match(reference, other).matched()).isEqualTo(1500);
    }

    @Test
    void textsTooLongForTheTableAreRefusedRatherThanExhaustingMemory() {
        String big = String.join(" ", Collections.nCopies(8000, "w"));

        assertThatThrownBy(() -> TokenMatch.match(big, big)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> texts(String text) {
        return TokenMatch.tokens(TokenMatch.normalised(text)).stream().map(TokenMatch.Token::text).toList();
    }
}
