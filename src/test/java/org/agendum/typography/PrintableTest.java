package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void controlsBidiMarksAndLoneSurrogatesBecomeQuestionMarks() {
        assertThat(Printable.of("A/\u001B[2K\rwg4.agendum: no problems")).isEqualTo("A/?[2K?wg4.agendum: no problems");
        assertThat(Printable.of("\u009B2J")).isEqualTo("?2J");
        assertThat(Printable.of("abc\u202Etxt.exe")).isEqualTo("abc?txt.exe");
        assertThat(Printable.of("x\uD800y")).isEqualTo("x?y");
    }

    @Test
    void ordinaryTextIsKept() {
        String text = "Réunion « 2 » – 9 April 2018 \uD83D\uDE00 \u0627\u0644\u0623\u0645\u0645";
        assertThat(Printable.of(text)).isSameAs(text);
        assertThat(Printable.isPrintable(text)).isTrue();
    }

    @Test
    void quotedIsShortened() {
        assertThat(Printable.quoted("x".repeat(61))).isEqualTo("x".repeat(60) + "…");
        assertThat(Printable.quoted("x".repeat(60))).isEqualTo("x".repeat(60));
    }

    @Test
    void loneSurrogates() {
        assertThat(Printable.loneSurrogateAt("ok \uD83D\uDE00")).isEqualTo(-1);
        assertThat(Printable.loneSurrogateAt("ab\uD83D")).isEqualTo(2);
        assertThat(Printable.loneSurrogateAt("\uDE00ab")).isEqualTo(0);
        assertThat(Printable.loneSurrogateAt("a\uD83Db")).isEqualTo(1);
    }
}
