package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agendum.model.TextStyle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Issue 14, item 6: the curly-quote pass of the export read the whole paragraph's text once per run, so a
 * paragraph of 20,000 runs with quotes took 740 s. It now reads only the end of the paragraph.
 */
class LongParagraphTest {

    /** A paragraph that counts the characters its getText() hands out: the work the quadratic pass did. */
    private static final class CountingParagraph extends XWPFParagraph {
        long charactersRead;

        CountingParagraph(CTP p, XWPFDocument document) {
            super(p, document);
        }

        @Override
        public String getText() {
            String text = super.getText();
            charactersRead += text.length();
            return text;
        }
    }

    private static List<String> runs(int count) {
        String[] pieces = {"the \"", "word", "\" and ", "'s", " (\"", "x", "\")", "'", " — '", "quoted'", "\t\"", "é𝄞\""};
        List<String> runs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            runs.add(pieces[i % pieces.length]);
        }
        return runs;
    }

    /** The straightforward version: each run typeset after the whole text before it. */
    private static String straightforward(List<String> runs) {
        StringBuilder text = new StringBuilder();
        for (String run : runs) {
            text.append(DocxText.typeset(text::toString, run));
        }
        return text.toString();
    }

    private static XWPFParagraph written(XWPFParagraph paragraph, List<String> runs) {
        InlineWriter writer = new InlineWriter(null);
        for (int i = 0; i < runs.size(); i++) {
            writer.text(paragraph, runs.get(i), i % 2 == 0 ? TextStyle.PLAIN : TextStyle.ITALIC);
        }
        return paragraph;
    }

    @Test
    void theQuotePassDoesNotRereadTheParagraphForEachRun() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            CountingParagraph paragraph = new CountingParagraph(document.getDocument().getBody().addNewP(), document);
            List<String> runs = runs(2_000);
            written(paragraph, runs);
            long length = paragraph.getText().length();
            // linear: at most a few times the paragraph's own length (before: about 2,000 × half its length)
            assertThat(paragraph.charactersRead).isLessThanOrEqualTo(4 * length);
        }
    }

    @Test
    void manyRunsGiveTheSameQuotesAsTheStraightforwardPass() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            List<String> runs = runs(600);
            assertThat(written(document.createParagraph(), runs).getText()).isEqualTo(straightforward(runs));
        }
    }

    @Test
    void runsAfterAFootnoteOrTabDecideAsTheWholeTextWould() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph paragraph = document.createParagraph();
            InlineWriter writer = new InlineWriter(null);
            writer.text(paragraph, "see", TextStyle.PLAIN);
            Paragraphs.tab(paragraph);
            assertThat(Paragraphs.lastCharacter(paragraph)).isEqualTo(lastOf(paragraph.getText()));
            writer.text(paragraph, "\"x\"", TextStyle.PLAIN);
            assertThat(paragraph.getText()).endsWith("\t\u201Cx\u201D");
            paragraph.createRun(); // an empty run is passed over
            assertThat(Paragraphs.lastCharacter(paragraph)).isEqualTo("\u201D");
        }
        try (XWPFDocument document = new XWPFDocument()) {
            assertThat(Paragraphs.lastCharacter(document.createParagraph())).isEmpty();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard against a hang, not a measure
    void aParagraphOfTwentyThousandRunsIsWritten() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            List<String> runs = runs(20_000);
            XWPFParagraph paragraph = written(document.createParagraph(), runs);
            assertThat(paragraph.getRuns()).hasSize(20_000);
            assertThat(paragraph.getText()).doesNotContain("\"", "'").endsWith("x\u201D)\u2019");
        }
    }

    private static String lastOf(String text) {
        return text.substring(text.offsetByCodePoints(text.length(), -1));
    }
}
