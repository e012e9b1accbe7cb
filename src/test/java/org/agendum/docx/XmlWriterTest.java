package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XmlWriterTest {
    private static String written(java.util.function.Consumer<XmlWriter> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XmlWriter xml = new XmlWriter(out)) {
            content.accept(xml);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parsed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void elementsAttributesAndText() {
        String xml = written(w -> w.start("w:p").attribute("xmlns:w", "urn:w").start("w:pPr")
                .empty("w:pStyle", "w:val", "SingleTxt").empty("w:ind", "w:left", 1267).end()
                .start("w:r").start("w:t").text("Text").end().end().empty("w:r").end());
        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<w:p xmlns:w=\"urn:w\"><w:pPr><w:pStyle w:val=\"SingleTxt\"/><w:ind w:left=\"1267\"/></w:pPr>"
                + "<w:r><w:t>Text</w:t></w:r><w:r/></w:p>");
    }

    @Test
    void numbersAreWrittenAsTheyAre() {
        assertThat(written(w -> w.start("a").attribute("n", -1).attribute("z", 0).attribute("m", Long.MIN_VALUE)
                .attribute("b", 4_294_967_295L).end()))
                .endsWith("<a n=\"-1\" z=\"0\" m=\"-9223372036854775808\" b=\"4294967295\"/>");
    }

    @Test
    void textAndValuesComeBackAsTheyWereWhateverTheyHold() throws Exception {
        String hard = "a < b & c > d \"quoted\" 'single' tab\there line\nend\r é — 𝄞 中文 ‮";
        Element root = parsed(written(w -> w.start("root").attribute("value", hard).text(hard).end()))
                .getDocumentElement();
        assertThat(root.getAttribute("value")).isEqualTo(hard);
        assertThat(root.getTextContent()).isEqualTo(hard);
    }

    @Test
    void charactersXmlCannotHoldAreLeftOut() throws Exception {
        String bad = "a\u0001b\u000Bc\uD800d\uDC00e\uFFFEf\uFFFFg";
        Element root = parsed(written(w -> w.start("root").attribute("value", bad).text(bad).end()))
                .getDocumentElement();
        assertThat(root.getAttribute("value")).isEqualTo("abcdefg");
        assertThat(root.getTextContent()).isEqualTo("abcdefg");
    }

    @Test
    void longTextCrossesTheBuffer() throws Exception {
        String text = "é𝄞&x".repeat(20_000);
        assertThat(parsed(written(w -> w.start("root").text(text).end())).getDocumentElement().getTextContent())
                .isEqualTo(text);
    }

    @Test
    void mistakesAreRefused() {
        assertThatThrownBy(() -> written(w -> w.start("a").text("x").attribute("b", "c")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> written(w -> w.start("a"))).hasMessageContaining("<a> was not ended");
        assertThatThrownBy(() -> written(XmlWriter::end)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void deepNestingGrows() {
        String xml = written(w -> {
            for (int i = 0; i < 100; i++) {
                w.start("e");
            }
            assertThat(w.depth()).isEqualTo(100);
            for (int i = 0; i < 100; i++) {
                w.end();
            }
        });
        assertThat(xml).endsWith("<e>".repeat(99) + "<e/>" + "</e>".repeat(99));
    }
}
