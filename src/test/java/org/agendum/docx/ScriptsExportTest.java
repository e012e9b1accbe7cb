package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Word file of an Arabic version runs right to left, and a Chinese version names a font with Chinese glyphs
 * (issue 18), read as OOXML from the exported parts: what Word reads to lay out and to choose fonts.
 */
class ScriptsExportTest {
    private static final String W = WordNamespaces.W;
    /** The parts that hold text: the body, the masthead, the running headers and footers, the footnotes. */
    private static final List<String> TEXT_PARTS = List.of("word/document.xml", "word/header1.xml",
            "word/header2.xml", "word/header3.xml", "word/footer1.xml", "word/footer2.xml", "word/footer3.xml",
            "word/footnotes.xml");

    private static Package arabic;

    @BeforeAll
    static void export() throws IOException {
        arabic = Package.of(LanguageVersions.arabic());
    }

    @Test
    void everyParagraphOfAnArabicVersionIsRightToLeft() {
        List<Element> paragraphs = arabic.all(TEXT_PARTS, "p");
        assertThat(paragraphs).hasSizeGreaterThan(100);
        assertThat(paragraphs).allSatisfy(p -> assertThat(child(child(p, "pPr"), "bidi")).isNotNull());
    }

    @Test
    void everyRunIsRightToLeftWithItsComplexScriptBoldItalicAndSize() {
        List<Element> runs = arabic.all(TEXT_PARTS, "r");
        assertThat(runs).hasSizeGreaterThan(100);
        for (Element run : runs) {
            Element properties = child(run, "rPr");
            assertThat(child(properties, "rtl")).as(text(run)).isNotNull();
            for (String[] twins : new String[][] {{"b", "bCs"}, {"i", "iCs"}, {"sz", "szCs"}}) {
                Element plain = child(properties, twins[0]);
                if (plain != null) {
                    assertThat(child(properties, twins[1])).as("%s beside %s in %s", twins[1], twins[0], text(run))
                            .isNotNull().extracting(e -> e.getAttributeNS(W, "val"))
                            .isEqualTo(plain.getAttributeNS(W, "val"));
                }
            }
        }
        assertThat(runs).filteredOn(run -> child(child(run, "rPr"), "b") != null).extracting(ScriptsExportTest::text)
                .as("the annex's bold day rows").contains("الاثنين، 2 تموز/يوليه");
    }

    @Test
    void arabicRunsAreRightToLeftAndLatinRunsLeftToRightKeepingTheirOrder() {
        List<Element> runs = arabic.all(TEXT_PARTS, "r");
        Element symbol = runs.stream().filter(r -> text(r).equals(LanguageVersions.ARABIC_SYMBOL)).findFirst()
                .orElseThrow();
        assertThat(child(child(symbol, "rPr"), "rtl").getAttributeNS(W, "val")).isEqualTo("0");
        Element annotation = runs.stream().filter(r -> text(r).equals(LanguageVersions.ARABIC_ANNOTATION))
                .findFirst().orElseThrow();
        assertThat(child(child(annotation, "rPr"), "rtl").hasAttributeNS(W, "val")).isFalse();
        // a Latin run that starts with a number or ends on a stop keeps its order within the right-to-left line
        // (the masthead's English block); numbers alone (the annex's times) and Arabic labels need no mark
        assertThat(runs).extracting(ScriptsExportTest::text)
                .contains("\u200E9 April 2018", "10:00-13:00", "1 (أ)");
    }

    @Test
    void headingsAreBoldInArabicThroughTheirStyles() {
        Document styles = arabic.part("word/styles.xml");
        NodeList all = styles.getElementsByTagNameNS(W, "rPr");
        int bold = 0;
        for (int i = 0; i < all.getLength(); i++) {
            Element properties = (Element) all.item(i);
            if (child(properties, "b") != null) {
                bold++;
                assertThat(child(properties, "bCs")).isNotNull();
            }
            if (child(properties, "i") != null) {
                assertThat(child(properties, "iCs")).isNotNull();
            }
        }
        assertThat(bold).as("H1, which HCh and H2/3 follow, and the footer").isGreaterThanOrEqualTo(2);
        assertThat(child(child(style(styles, "H1"), "rPr"), "bCs")).isNotNull();
    }

    @Test
    void tablesReadFromTheRight() {
        List<Element> tables = arabic.all(TEXT_PARTS, "tbl");
        assertThat(tables).as("masthead, running headers and footers, job line, annex").hasSizeGreaterThanOrEqualTo(6);
        assertThat(tables).allSatisfy(t -> assertThat(first(child(t, "tblPr")).getLocalName()).isEqualTo("bidiVisual"));
    }

    @Test
    void anArabicVersionHasNoLetterSpacingInItsRunsOrStyles() {
        List<String> parts = new ArrayList<>(TEXT_PARTS);
        parts.add("word/styles.xml");
        assertThat(arabic.all(parts, "spacing")).filteredOn(s -> s.getParentNode().getLocalName().equals("rPr"))
                .isEmpty();
    }

    @Test
    void theLanguageIsTaggedForComplexScriptAndTheSectionRunsRightToLeft() {
        Element defaults = (Element) arabic.part("word/styles.xml").getElementsByTagNameNS(W, "rPrDefault").item(0);
        Element language = (Element) defaults.getElementsByTagNameNS(W, "lang").item(0);
        assertThat(language.getAttributeNS(W, "bidi")).isEqualTo("ar-SA");
        assertThat(language.getAttributeNS(W, "val")).as("Latin text (the masthead block) is English").isEqualTo("en-GB");
        Element fonts = (Element) defaults.getElementsByTagNameNS(W, "rFonts").item(0);
        assertThat(fonts.getAttributeNS(W, "cs")).isEqualTo("Simplified Arabic");
        Element section = (Element) arabic.part("word/document.xml").getElementsByTagNameNS(W, "sectPr").item(0);
        assertThat(child(section, "bidi")).isNotNull();
    }

    @Test
    void aChineseVersionNamesSimSunForItsChineseText() throws IOException {
        Package chinese = Package.of(LanguageVersions.chinese());
        List<String> parts = new ArrayList<>(TEXT_PARTS);
        parts.add("word/styles.xml");
        List<Element> fonts = chinese.all(parts, "rFonts");
        List<Element> eastAsian = fonts.stream().filter(f -> f.hasAttributeNS(W, "eastAsia")).toList();
        assertThat(eastAsian).hasSizeGreaterThanOrEqualTo(7).extracting(f -> f.getAttributeNS(W, "eastAsia"))
                .as("the styles' fonts").containsOnly("SimSun");
        Element language = (Element) chinese.part("word/styles.xml").getElementsByTagNameNS(W, "lang").item(0);
        assertThat(language.getAttributeNS(W, "eastAsia")).isEqualTo("zh-CN");
        assertThat(chinese.all(TEXT_PARTS, "bidi")).isEmpty();
    }

    @Test
    void anEnglishVersionHasNoRightToLeftMarkupAndTimesNewRomanThroughout() throws IOException {
        Package english = Package.of(SampleMeeting.load());
        List<String> parts = new ArrayList<>(TEXT_PARTS);
        parts.add("word/styles.xml");
        assertThat(english.all(parts, "bidi")).isEmpty();
        assertThat(english.all(parts, "rtl")).isEmpty();
        assertThat(english.all(parts, "bidiVisual")).isEmpty();
        assertThat(english.all(List.of("word/styles.xml"), "rFonts"))
                .allSatisfy(f -> assertThat(f.getAttributeNS(W, "eastAsia")).isEqualTo("Times New Roman"));
    }

    private static Element style(Document styles, String id) {
        NodeList all = styles.getElementsByTagNameNS(W, "style");
        for (int i = 0; i < all.getLength(); i++) {
            Element style = (Element) all.item(i);
            if (style.getAttributeNS(W, "styleId").equals(id)) {
                return style;
            }
        }
        throw new AssertionError("no style " + id);
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals(localName)) {
                return e;
            }
        }
        return null;
    }

    private static Element first(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("empty " + parent.getLocalName());
    }

    private static String text(Element run) {
        Element t = child(run, "t");
        return t == null ? "" : t.getTextContent();
    }

    /** An exported package's XML parts, parsed. */
    private record Package(java.util.Map<String, Document> parts) {
        static Package of(Meeting meeting) throws IOException {
            byte[] bytes = WordExport.toBytes(meeting, ExportOptions.DEFAULT);
            java.util.Map<String, Document> parts = new java.util.HashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    if (entry.getName().endsWith(".xml")) {
                        parts.put(entry.getName(), parse(zip.readAllBytes()));
                    }
                }
            }
            return new Package(parts);
        }

        Document part(String name) {
            assertThat(parts).containsKey(name);
            return parts.get(name);
        }

        /** Every element {@code w:localName} in the parts there are. */
        List<Element> all(List<String> names, String localName) {
            List<Element> out = new ArrayList<>();
            for (String name : names) {
                Document part = parts.get(name);
                if (part != null) {
                    NodeList found = part.getElementsByTagNameNS(W, localName);
                    for (int i = 0; i < found.getLength(); i++) {
                        out.add((Element) found.item(i));
                    }
                }
            }
            return out;
        }

        private static Document parse(byte[] xml) throws IOException {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
                throw new IOException(e);
            }
        }
    }
}
