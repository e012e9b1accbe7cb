package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RichTextTest {
    @Test
    void adjacentRunsOfOneStyleMergeSoEqualTextIsEqual() {
        Paragraph split = new Paragraph(0, List.of(TextRun.plain("In its "), TextRun.plain("resolution 7/1"),
                new TextRun("", TextStyle.BOLD)));
        assertThat(split).isEqualTo(Paragraph.body("In its resolution 7/1"));
        assertThat(split.inlines()).hasSize(1);
    }

    @Test
    void differentStylesStaySeparate() {
        Paragraph p = new Paragraph(0, List.of(TextRun.plain("see "),
                new TextRun("CTOC/COP/WG.4/2017/3", TextStyle.link("https://docs.un.org/en/CTOC/COP/WG.4/2017/3")),
                TextRun.plain(").")));
        assertThat(p.inlines()).hasSize(3);
        assertThat(p.plainText()).isEqualTo("see CTOC/COP/WG.4/2017/3).");
    }

    @Test
    void runsMergeAcrossAnEmptyRunAndStopAtAFootnote() {
        Paragraph p = new Paragraph(0, List.of(TextRun.plain("a"), new TextRun("", TextStyle.BOLD), TextRun.plain("b"),
                FootnoteMark.of("f"), TextRun.plain("c"), TextRun.plain("d"), new TextRun("e", TextStyle.ITALIC)));
        assertThat(p.inlines()).containsExactly(TextRun.plain("ab"), FootnoteMark.of("f"), TextRun.plain("cd"),
                new TextRun("e", TextStyle.ITALIC));
    }

    /**
     * A file's paragraph may hold as many runs as the limit allows, all of one style. Joined pair by pair, the text was
     * copied once per run: 50,000 runs of 200 characters took minutes to read. Joined in one go, it is linear.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void manyRunsOfOneStyleMergeInLinearTime() {
        String text = "x".repeat(199) + " ";
        List<Inline> runs = java.util.Collections.nCopies((int) MeetingLimit.RUNS.maximum(), TextRun.plain(text));
        Paragraph p = new Paragraph(0, runs);
        assertThat(p.inlines()).singleElement().isInstanceOf(TextRun.class);
        assertThat(p.plainText()).hasSize(200 * runs.size()).isEqualTo(text.repeat(runs.size()));
    }

    @Test
    void footnoteTextIsNotPartOfTheRunningText() {
        Paragraph p = Paragraph.body(TextRun.plain("The Working Group"), FootnoteMark.of("See A/80/1."),
                TextRun.plain(" will meet."));
        assertThat(p.plainText()).isEqualTo("The Working Group will meet.");
        assertThat(p.footnotes()).extracting(FootnoteMark::plainText).containsExactly("See A/80/1.");
    }

    @Test
    void footnotesAreCanonicalToo() {
        FootnoteMark split = new FootnoteMark(List.of(TextRun.plain("See "), TextRun.plain("A/80/1."),
                TextRun.plain("")));
        assertThat(split).isEqualTo(FootnoteMark.of("See A/80/1."));
    }

    @Test
    void subparagraphLettersRestartAfterBodyText() {
        RichText text = RichText.of(
                Paragraph.body("The Conference decided:"),
                Paragraph.subparagraph(1, "to meet"),
                Paragraph.subparagraph(2, "in Vienna"),
                Paragraph.subparagraph(2, "in 2018"),
                Paragraph.subparagraph(1, "to report"),
                Paragraph.subparagraph(2, "yearly"),
                Paragraph.body("It also decided:"),
                Paragraph.subparagraph(1, "to adjourn"));
        assertThat(text.subparagraphLabels())
                .containsExactly("", "(a)", "(i)", "(ii)", "(b)", "(i)", "", "(a)");
    }

    @Test
    void emptinessIgnoresBlankParagraphs() {
        assertThat(RichText.of("  ", "").isEmpty()).isTrue();
        assertThat(RichText.of("x").isEmpty()).isFalse();
        assertThat(RichText.EMPTY.plainText()).isEmpty();
    }

    @Test
    void aParagraphIsBlankWithoutVisibleTextOrFootnotes() {
        assertThat(new Paragraph(0, List.of(TextRun.plain(" "), new TextRun("\t", TextStyle.BOLD))).isBlank()).isTrue();
        assertThat(new Paragraph(0, List.of()).isBlank()).isTrue();
        assertThat(new Paragraph(0, List.of(TextRun.plain(" "), TextRun.plain("x"))).isBlank()).isFalse();
        assertThat(new Paragraph(0, List.of(FootnoteMark.of("a note"))).isBlank()).isFalse();
        assertThat(RichText.of(new Paragraph(0, List.of(FootnoteMark.of("")))).isEmpty()).isFalse();
    }

    @Test
    void paragraphLevelIsBounded() {
        assertThatThrownBy(() -> Paragraph.subparagraph(4, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankLinkIsNoLink() {
        assertThat(TextStyle.link(" ").isLink()).isFalse();
    }
}
