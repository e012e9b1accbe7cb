package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class QuotesTest {

    /** CTOC/COP/WG.4/2018/1, annotation to item 1 (b), exactly as in the reference. */
    private static final String REFERENCE_RESOLUTION_7_1 =
            "In its resolution 7/1, entitled “Strengthening the implementation of the United Nations "
            + "Convention against Transnational Organized Crime and the Protocols thereto”, the "
            + "Conference of the Parties to the United Nations Convention against Transnational "
            + "Organized Crime decided, inter alia, that the Working Group on Trafficking in Persons "
            + "would be a constant element of the Conference, forwarding its reports and "
            + "recommendations to it, and encouraged the Working Group to consider meeting on an annual"
            + " basis, as needed, and to hold its meetings consecutively with other working groups of "
            + "the Conference, in order to ensure the effective use of resources.";

    /** CTOC/COP/WG.4/2018/1, annotation to item 2: the closing quote is followed by a full stop. */
    private static final String REFERENCE_ITEM_2 =
            "For its consideration of agenda item 2, the Working Group will have before it a "
            + "background paper prepared by the Secretariat entitled “International cooperation in "
            + "cases of trafficking in persons: considering the needs and rights of victims”.";

    /** CTOC/COP/WG.4/2018/1, documentation entry: the closing quote is followed by a space. */
    private static final String REFERENCE_DOCUMENTATION =
            "Background paper prepared by the Secretariat, entitled “International cooperation in "
            + "cases of trafficking in persons: considering the needs and rights of victims” "
            + "(CTOC/COP/WG.4/2018/2)";

    /** The input a user would type: the reference text with straight quotes. */
    private static String straight(String curly) {
        return curly.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
    }

    @Test
    void referenceTextTypedWithStraightQuotesBecomesTheReference() {
        assertThat(straight(REFERENCE_RESOLUTION_7_1)).contains("entitled \"Strengthening").contains("thereto\",");
        assertThat(Quotes.curly(straight(REFERENCE_RESOLUTION_7_1))).isEqualTo(REFERENCE_RESOLUTION_7_1);
        assertThat(Quotes.curly(straight(REFERENCE_ITEM_2))).isEqualTo(REFERENCE_ITEM_2);
        assertThat(Quotes.curly(straight(REFERENCE_DOCUMENTATION))).isEqualTo(REFERENCE_DOCUMENTATION);
    }

    @Test
    void alreadyCurlyTextIsUnchanged() {
        assertThat(Quotes.curly(REFERENCE_RESOLUTION_7_1)).isEqualTo(REFERENCE_RESOLUTION_7_1);
        assertThat(Quotes.curly("‘a’ “b” d’organisation")).isEqualTo("‘a’ “b” d’organisation");
    }

    @Test
    void curlyIsIdempotent() {
        for (String text : new String[] {
                "He said \"she said 'yes'\".", "'90s", "\"'", "''\"\"", "(\"x\")", "States' parties", ""}) {
            String once = Quotes.curly(text);
            assertThat(Quotes.curly(once)).as(text).isEqualTo(once);
            assertThat(once).as(text).doesNotContain("\"", "'");
        }
    }

    @Test
    void apostrophesInsideAndAfterWords() {
        assertThat(Quotes.curly("d'organisation")).isEqualTo("d’organisation");
        assertThat(Quotes.curly("States' parties")).isEqualTo("States’ parties");
        assertThat(Quotes.curly("the Secretariat's paper")).isEqualTo("the Secretariat’s paper");
        assertThat(Quotes.curly("1990's")).isEqualTo("1990’s");
    }

    @Test
    void elidedLeadingApostropheIsTakenAsAnOpeningQuote() {
        assertThat(Quotes.curly("'90s")).isEqualTo("‘90s");
        assertThat(Quotes.curly("the '90s")).isEqualTo("the ‘90s");
    }

    @Test
    void nestedQuotesDoubleOutsideSingleInside() {
        assertThat(Quotes.curly("He said \"she said 'yes'\"."))
                .isEqualTo("He said “she said ‘yes’”.");
        assertThat(Quotes.curly("\"'Yes,' he said.\""))
                .isEqualTo("“‘Yes,’ he said.”");
        assertThat(Quotes.curly("He said 'yes'")).isEqualTo("He said ‘yes’");
    }

    @Test
    void quotesOpenAfterBracketsDashesAndNoBreakSpace() {
        assertThat(Quotes.curly("(\"continued\")")).isEqualTo("(“continued”)");
        assertThat(Quotes.curly("[\"a\"]")).isEqualTo("[“a”]");
        assertThat(Quotes.curly("item—\"a\"")).isEqualTo("item—“a”");
        assertThat(Quotes.curly("item–'a'")).isEqualTo("item–‘a’");
        assertThat(Quotes.curly("entitled\u00A0\"a\"")).isEqualTo("entitled\u00A0“a”");
        assertThat(Quotes.curly("line\n\"a\"")).isEqualTo("line\n“a”");
        assertThat(Quotes.curly("tab\t'a'")).isEqualTo("tab\t‘a’");
    }

    @Test
    void quotesCloseAfterPunctuation() {
        assertThat(Quotes.curly("\"yes.\"")).isEqualTo("“yes.”");
        assertThat(Quotes.curly("'yes?'")).isEqualTo("‘yes?’");
        assertThat(Quotes.curly("(see \"a\")")).isEqualTo("(see “a”)");
    }

    @Test
    void straightQuotesAreReplacedInMixedText() {
        assertThat(Quotes.curly("“He said 'yes'”")).isEqualTo("“He said ‘yes’”");
    }

    @Test
    void forTypedQuoteWhileTyping() {
        assertThat(Quotes.forTypedQuote("", '"')).isEqualTo('“');
        assertThat(Quotes.forTypedQuote("", '\'')).isEqualTo('‘');
        assertThat(Quotes.forTypedQuote("entitled ", '"')).isEqualTo('“');
        assertThat(Quotes.forTypedQuote("entitled “thereto", '"')).isEqualTo('”');
        assertThat(Quotes.forTypedQuote("said “", '\'')).isEqualTo('‘');
        assertThat(Quotes.forTypedQuote("said “‘yes", '\'')).isEqualTo('’');
        assertThat(Quotes.forTypedQuote("said “‘yes’", '"')).isEqualTo('”');
        assertThat(Quotes.forTypedQuote("d", '\'')).isEqualTo('’');
        assertThat(Quotes.forTypedQuote(new StringBuilder("("), '"')).isEqualTo('“');
    }

    @Test
    void typingCharacterByCharacterGivesTheSameResultAsCurly() {
        String input = straight(REFERENCE_RESOLUTION_7_1) + " He said \"she said 'yes'\" (d'accord).";
        StringBuilder typed = new StringBuilder();
        for (char c : input.toCharArray()) {
            typed.append(c == '"' || c == '\'' ? Quotes.forTypedQuote(typed, c) : c);
        }
        assertThat(typed.toString()).isEqualTo(Quotes.curly(input))
                .startsWith(REFERENCE_RESOLUTION_7_1)
                .endsWith(" He said “she said ‘yes’” (d’accord).");
    }

    @Test
    void forTypedQuoteRejectsOtherCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quotes.forTypedQuote("a", 'x'))
                .withMessageContaining("U+0078");
        assertThatIllegalArgumentException().isThrownBy(() -> Quotes.forTypedQuote("a", '“'));
    }

    @Test
    void constantsAreTheDirectionalCodePoints() {
        assertThat((int) Quotes.OPEN_DOUBLE).isEqualTo(0x201C);
        assertThat((int) Quotes.CLOSE_DOUBLE).isEqualTo(0x201D);
        assertThat((int) Quotes.OPEN_SINGLE).isEqualTo(0x2018);
        assertThat((int) Quotes.CLOSE_SINGLE).isEqualTo(0x2019);
    }
}
