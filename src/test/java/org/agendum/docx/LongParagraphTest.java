package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.agendum.model.Language;
import org.agendum.model.TextStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Issue 14, item 6: the curly-quote pass of the export read the whole paragraph's text once per run, so a
 * paragraph of 20,000 runs with quotes took 740 s. The streaming writer keeps the paragraph's last character as it
 * writes (ContentWriter), so the pass is linear, and a quote decides as it would after the whole text before it.
 */
class LongParagraphTest {

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

    /** One paragraph written by {@code content}, read back as a reader reads its runs: text, tabs, references. */
    private static String paragraphText(Consumer<ContentWriter> content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmlWriter xml = new XmlWriter(bytes)) {
            xml.start("w:body").attribute("xmlns:w", WordNamespaces.W).attribute("xmlns:r", WordNamespaces.R);
            ContentWriter out = new ContentWriter(xml, new Relationships(), DocumentScript.of(Language.ENGLISH));
            out.paragraph(ParagraphFormat.plain());
            content.accept(out);
            out.endParagraph();
            xml.end();
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.toByteArray()))
                .getDocumentElement();
        StringBuilder out = new StringBuilder();
        read(root, out);
        return out.toString();
    }

    private static void read(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                switch (e.getLocalName()) {
                    case "t" -> out.append(e.getTextContent());
                    case "tab" -> out.append('\t');
                    case "footnoteReference" -> out.append("[footnoteRef:").append(e.getAttribute("w:id")).append(']');
                    case "pPr", "rPr", "instrText" -> { }
                    default -> read(e, out);
                }
            }
        }
    }

    private static void written(ContentWriter out, List<String> runs) {
        InlineWriter writer = new InlineWriter(null);
        for (int i = 0; i < runs.size(); i++) {
            writer.text(out, runs.get(i), i % 2 == 0 ? TextStyle.PLAIN : TextStyle.ITALIC);
        }
    }

    @Test
    void manyRunsGiveTheSameQuotesAsTheStraightforwardPass() throws Exception {
        List<String> runs = runs(600);
        assertThat(paragraphText(out -> written(out, runs))).isEqualTo(straightforward(runs));
    }

    @Test
    void runsAfterAFootnoteOrTabDecideAsTheWholeTextWould() throws Exception {
        assertThat(paragraphText(out -> {
            out.text("see");
            out.tab();
            out.text("\"x\"");
            out.text(""); // an empty run is passed over
            out.text("'s");
        })).isEqualTo("see\t\u201Cx\u201D\u2019s");
        // a reference reads "[footnoteRef:1]", so a quote after it closes, as after any closing bracket
        assertThat(paragraphText(out -> {
            out.text("A note");
            out.footnoteReference(1, false);
            out.text("\" after");
        })).isEqualTo(straightforwardOf("A note", "[footnoteRef:1]", "\" after"));
        // field codes read nothing; a field's result reads as text
        assertThat(paragraphText(out -> {
            out.text("(");
            Fields.field(out, Fields.PAGE, null, RunFormat.NONE);
            out.text("'x'");
        })).isEqualTo("(\u2018x\u2019");
    }

    private static String straightforwardOf(String... runs) {
        StringBuilder text = new StringBuilder();
        for (String run : runs) {
            text.append(run.startsWith("[") ? run : DocxText.typeset(text::toString, run));
        }
        return text.toString();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard against a hang, not a measure
    void aParagraphOfTwentyThousandRunsIsWritten() throws Exception {
        List<String> runs = runs(20_000);
        String text = paragraphText(out -> written(out, runs));
        assertThat(text).doesNotContain("\"", "'").endsWith("x\u201D)\u2019");
    }
}
