package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class QuotesPropertyTest {

    /** Strings dense in quotes and in the characters that decide their direction. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("\"'“”‘’ \t\u00A0([–—-.,aZ9").ofMaxLength(30);
    }

    @Property(tries = 2000)
    void curlyReplacesOnlyStraightQuotesAndIsIdempotent(@ForAll("texts") String text) {
        String curly = Quotes.curly(text);

        assertThat(curly).doesNotContain("\"", "'").hasSameSizeAs(text);
        assertThat(Quotes.curly(curly)).isEqualTo(curly);
        for (int i = 0; i < text.length(); i++) {
            char in = text.charAt(i);
            char out = curly.charAt(i);
            if (in == '"') {
                assertThat(out).isIn(Quotes.OPEN_DOUBLE, Quotes.CLOSE_DOUBLE);
            } else if (in == '\'') {
                assertThat(out).isIn(Quotes.OPEN_SINGLE, Quotes.CLOSE_SINGLE);
            } else {
                assertThat(out).isEqualTo(in);
            }
        }
    }
}
