package org.agendum.trackedchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The rules Word holds a document to and LibreOffice forgives, checked on a tracked-changes document: its body and
 * footnotes (and its settings) are valid against the WordprocessingML schema (POI's full schemas, a test library here: element order,
 * required attributes, where {@code w:ins} and {@code w:del} may stand), properties come first ({@code w:pPr} in a paragraph, {@code w:rPr} in a run, a
 * change mark first in a paragraph mark's {@code w:rPr}), every change has an id of its own, an author and a date,
 * a change of format ({@code w:rPrChange}, {@code w:pPrChange}) is the last of its properties, and a deleted run
 * holds {@code w:delText}, never {@code w:t}.
 */
final class WordRules {
    private WordRules() {
    }

    static void check(byte[] docx) throws Exception {
        ExportedPackage tracked = ExportedPackage.read(docx);
        valid(DocumentDocument.Factory.parse(new ByteArrayInputStream(tracked.parts.get(ExportedPackage.DOCUMENT))));
        valid(SettingsDocument.Factory.parse(new ByteArrayInputStream(tracked.parts.get(TrackedSettings.SETTINGS))));
        if (tracked.parts.has(ExportedPackage.FOOTNOTES)) {
            valid(FootnotesDocument.Factory.parse(
                    new ByteArrayInputStream(tracked.parts.get(ExportedPackage.FOOTNOTES))));
        }
        Document document = tracked.document;
        Element root = document.getDocumentElement();
        for (Element paragraph : WordXml.descendants(root, "p")) {
            Element properties = WordXml.child(paragraph, "pPr");
            if (properties != null) {
                assertThat(WordXml.children(paragraph).get(0)).as("w:pPr first in w:p").isSameAs(properties);
                Element markFormat = WordXml.child(properties, "rPr");
                if (markFormat != null) {
                    WordXml.children(markFormat).stream().skip(1).forEach(child -> assertThat(
                            WordXml.is(child, "ins") || WordXml.is(child, "del") || WordXml.is(child, "moveFrom")
                                    || WordXml.is(child, "moveTo")).as("a mark's change first").isFalse());
                }
            }
        }
        for (Element run : WordXml.descendants(root, "r")) {
            Element format = WordXml.child(run, "rPr");
            if (format != null) {
                assertThat(WordXml.children(run).get(0)).as("w:rPr first in w:r").isSameAs(format);
            }
        }
        for (String change : new String[] {"rPrChange", "pPrChange", "trPrChange", "tcPrChange"}) {
            for (Element mark : WordXml.descendants(root, change)) {
                List<Element> siblings = WordXml.children((Element) mark.getParentNode());
                assertThat(siblings.get(siblings.size() - 1)).as(change + " last in its properties").isSameAs(mark);
            }
        }
        Set<String> ids = new HashSet<>();
        for (String kind : new String[] {"ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "trPrChange",
            "tcPrChange", "moveFromRangeStart", "moveToRangeStart"}) {
            for (Element mark : WordXml.descendants(root, kind)) {
                assertThat(ids.add(WordXml.attribute(mark, "id"))).as("unique change id").isTrue();
                assertThat(WordXml.attribute(mark, "author")).isNotEmpty();
                assertThat(WordXml.attribute(mark, "date")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
                if ((kind.equals("del") || kind.equals("moveFrom")) && !WordXml.is(mark.getParentNode(), "rPr")
                        && !WordXml.is(mark.getParentNode(), "trPr")) {
                    assertThat(WordXml.descendants(mark, "t")).as("deleted text is w:delText").isEmpty();
                }
            }
        }
        // each move's two ranges have one name, and each range an end with its id
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (String[] range : new String[][] {{"moveFromRangeStart", "moveFromRangeEnd"},
                {"moveToRangeStart", "moveToRangeEnd"}}) {
            Set<String> ends = new HashSet<>();
            WordXml.descendants(root, range[1]).forEach(end -> ends.add(WordXml.attribute(end, "id")));
            for (Element start : WordXml.descendants(root, range[0])) {
                assertThat(ends).as("a move's range ends").contains(WordXml.attribute(start, "id"));
                (range[0].startsWith("moveFrom") ? from : to).add(WordXml.attribute(start, "name"));
            }
        }
        assertThat(to).as("a move's two places").containsExactlyInAnyOrderElementsOf(from);
        for (Element row : WordXml.descendants(root, "tr")) {
            Element properties = WordXml.child(row, "trPr");
            if (properties != null) {
                assertThat(WordXml.children(row).stream().filter(c -> !WordXml.is(c, "tblPrEx")).findFirst()
                        .orElseThrow()).as("w:trPr first in w:tr").isSameAs(properties);
            }
        }
    }

    private static void valid(XmlObject part) {
        List<XmlError> errors = new ArrayList<>();
        part.validate(new XmlOptions().setErrorListener(errors));
        assertThat(errors).as("schema errors").isEmpty();
    }
}
