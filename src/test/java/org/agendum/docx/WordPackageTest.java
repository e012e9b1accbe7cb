package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import org.agendum.model.Language;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** A package written without POI is one POI opens: content types, relationships, parts. */
class WordPackageTest {
    @Test
    void poiOpensWhatThePackageWrites() throws Exception {
        WordPackage word = new WordPackage(LocalDateTime.of(2026, 12, 7, 12, 0), DocumentScript.of(Language.ENGLISH));
        String main = "word/document.xml";
        word.relationshipsOf("").add(Relationships.OFFICE_DOCUMENT, main);
        String link = word.relationshipsOf(main).addExternal(Relationships.HYPERLINK, "https://docs.un.org/en/A/1?x=1&y=2");
        try (XmlWriter xml = word.xmlPart(main,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")) {
            xml.start("w:document").attribute("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
                    .attribute("xmlns:r", Relationships.NAMESPACE).start("w:body").start("w:p")
                    .start("w:hyperlink").attribute("r:id", link).start("w:r").start("w:t").text("A/1")
                    .end().end().end().end().end().end();
        }
        word.part("word/media/image1.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        byte[] docx = word.finish();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("A/1");
            assertThat(document.getHyperlinkByID(link).getURL()).isEqualTo("https://docs.un.org/en/A/1?x=1&y=2");
        }
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx))) {
            assertThat(opc.getPartsByName(java.util.regex.Pattern.compile("/word/media/image1.png")).get(0)
                    .getContentType()).isEqualTo("image/png");
        }
    }

    @Test
    void relationshipPartsSitBesideTheirParts() {
        assertThat(WordPackage.relationshipsPart("word/document.xml")).isEqualTo("word/_rels/document.xml.rels");
        assertThat(WordPackage.relationshipsPart("")).isEqualTo("_rels/.rels");
    }
}
