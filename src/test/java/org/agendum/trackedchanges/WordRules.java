package org.agendum.trackedchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The rules Word holds a document to and LibreOffice forgives, checked on a tracked-changes document: its parts
 * are well-formed (they parse), properties come first ({@code w:pPr} in a paragraph, {@code w:rPr} in a run, a
 * change mark first in a paragraph mark's {@code w:rPr}), every change has an id of its own, an author and a date,
 * and a deleted run holds {@code w:delText}, never {@code w:t}.
 */
final class WordRules {
    private WordRules() {
    }

    static void check(byte[] docx) throws IOException {
        ExportedPackage tracked = ExportedPackage.read(docx);
        Document document = tracked.document;
        Element root = document.getDocumentElement();
        for (Element paragraph : WordXml.descendants(root, "p")) {
            Element properties = WordXml.child(paragraph, "pPr");
            if (properties != null) {
                assertThat(WordXml.children(paragraph).get(0)).as("w:pPr first in w:p").isSameAs(properties);
                Element markFormat = WordXml.child(properties, "rPr");
                if (markFormat != null) {
                    WordXml.children(markFormat).stream().skip(1).forEach(child -> assertThat(
                            WordXml.is(child, "ins") || WordXml.is(child, "del")).as("a mark's change first").isFalse());
                }
            }
        }
        for (Element run : WordXml.descendants(root, "r")) {
            Element format = WordXml.child(run, "rPr");
            if (format != null) {
                assertThat(WordXml.children(run).get(0)).as("w:rPr first in w:r").isSameAs(format);
            }
        }
        Set<String> ids = new HashSet<>();
        for (String kind : new String[] {"ins", "del"}) {
            for (Element mark : WordXml.descendants(root, kind)) {
                assertThat(ids.add(WordXml.attribute(mark, "id"))).as("unique change id").isTrue();
                assertThat(WordXml.attribute(mark, "author")).isNotEmpty();
                assertThat(WordXml.attribute(mark, "date")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
                if (kind.equals("del") && !WordXml.is(mark.getParentNode(), "rPr")
                        && !WordXml.is(mark.getParentNode(), "trPr")) {
                    assertThat(WordXml.descendants(mark, "t")).as("deleted text is w:delText").isEmpty();
                }
            }
        }
        for (Element row : WordXml.descendants(root, "tr")) {
            Element properties = WordXml.child(row, "trPr");
            if (properties != null) {
                assertThat(WordXml.children(row).stream().filter(c -> !WordXml.is(c, "tblPrEx")).findFirst()
                        .orElseThrow()).as("w:trPr first in w:tr").isSameAs(properties);
            }
        }
    }
}
