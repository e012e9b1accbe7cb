package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The golden test's comparison sees what a reader sees, and names the part and the element where they part. */
class PackageComparisonTest {
    private static final String TYPES = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"%s\"/></Types>";
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String RELS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"%s\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
            + "Target=\"https://docs.un.org/en/A/1\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"%s\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
            + "Target=\"https://docs.un.org/en/A/2\" TargetMode=\"External\"/></Relationships>";
    private static final String DOCUMENT = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
            + "<w:p><w:pPr><w:pStyle w:val=\"SingleTxt\"/><w:ind w:left=\"1267\" w:right=\"1260\"/></w:pPr>"
            + "<w:r><w:t>First</w:t></w:r></w:p>"
            + "<w:p><w:hyperlink r:id=\"rId1\"><w:r><w:t>A/1</w:t></w:r></w:hyperlink>"
            + "<w:hyperlink r:id=\"rId2\"><w:r><w:t>A/2</w:t></w:r></w:hyperlink></w:p></w:body></w:document>";

    @Test
    void aPackageIsItsOwnEquivalent() {
        assertThat(PackageComparison.differences(docx(DOCUMENT), docx(DOCUMENT))).isEmpty();
    }

    @Test
    void prefixesAttributeOrderAndWhitespaceBetweenElementsDoNotCount() {
        String other = DOCUMENT.replace("w:", "wp:").replace("xmlns:w=", "xmlns:wp=")
                .replace("wp:left=\"1267\" wp:right=\"1260\"", "wp:right=\"1260\" wp:left=\"1267\"")
                .replace("</wp:p>", "</wp:p>\n  ");
        assertThat(PackageComparison.differences(docx(DOCUMENT), docx(other))).isEmpty();
    }

    @Test
    void relationshipIdsCountByTheirTargets() {
        String renumbered = DOCUMENT.replace("rId1", "rId7").replace("rId2", "rId9");
        assertThat(PackageComparison.differences(docx(DOCUMENT), docx(renumbered, "rId7", "rId9"))).isEmpty();
        String swapped = DOCUMENT.replace("rId1", "rIdX").replace("rId2", "rId1").replace("rIdX", "rId2");
        assertThat(PackageComparison.differences(docx(DOCUMENT), docx(swapped)))
                .containsExactly("word/document.xml: /w:document[1]/w:body[1]/w:p[2]/w:hyperlink[1]: attributes "
                        + "{{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id=hyperlink → "
                        + "https://docs.un.org/en/A/2 (External)}, expected "
                        + "{{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id=hyperlink → "
                        + "https://docs.un.org/en/A/1 (External)}");
    }

    @Test
    void aDifferentTextIsNamedByItsPartAndPath() {
        assertThat(PackageComparison.differences(docx(DOCUMENT), docx(DOCUMENT.replace("First", "Frist"))))
                .containsExactly("word/document.xml: /w:document[1]/w:body[1]/w:p[1]/w:r[1]/w:t[1]: "
                        + "text \"Frist\", expected \"First\"");
    }

    @Test
    void aDifferentAttributeOrMissingElementIsNamed() {
        assertThat(PackageComparison.differences(docx(DOCUMENT), docx(DOCUMENT.replace("1260", "1267"))))
                .singleElement().asString().startsWith("word/document.xml: /w:document[1]/w:body[1]/w:p[1]/w:pPr[1]/w:ind[1]: attributes");
        assertThat(PackageComparison.differences(docx(DOCUMENT),
                docx(DOCUMENT.replace("<w:pStyle w:val=\"SingleTxt\"/>", ""))))
                .containsExactly("word/document.xml: /w:document[1]/w:body[1]/w:p[1]/w:pPr[1]/w:pStyle[1]: element w:ind "
                        + "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}, expected w:pStyle "
                        + "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}");
    }

    @Test
    void partsAndContentTypesMustMatch() {
        Map<String, String> parts = parts(DOCUMENT, "rId1", "rId2");
        parts.put("word/extra.xml", "<x/>");
        assertThat(PackageComparison.differences(docx(DOCUMENT), zip(parts)))
                .containsExactly("word/extra.xml: not expected (application/xml)");
        Map<String, String> otherType = parts(DOCUMENT, "rId1", "rId2");
        otherType.put("[Content_Types].xml", String.format(TYPES, "application/xml"));
        assertThat(PackageComparison.differences(docx(DOCUMENT), zip(otherType)))
                .containsExactly("word/document.xml: content type application/xml, expected " + MAIN);
    }

    private static byte[] docx(String document) {
        return docx(document, "rId1", "rId2");
    }

    private static byte[] docx(String document, String firstId, String secondId) {
        return zip(parts(document, firstId, secondId));
    }

    private static Map<String, String> parts(String document, String firstId, String secondId) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", String.format(TYPES, MAIN));
        parts.put("word/document.xml", document);
        parts.put("word/_rels/document.xml.rels", String.format(RELS, firstId, secondId));
        return parts;
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
