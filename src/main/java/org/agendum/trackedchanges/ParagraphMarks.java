package org.agendum.trackedchanges;

import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Marks content as deleted or inserted: every run goes into a {@code w:del} or {@code w:ins} (neighbouring runs
 * share one), a deleted run's text becomes {@code w:delText}, and a whole paragraph's mark is marked in its
 * {@code w:pPr/w:rPr}, so that accepting or rejecting removes the paragraph itself, not only its words.
 */
final class ParagraphMarks {
    private ParagraphMarks() {
    }

    /** A paragraph that only the old version has, or that only the new one has. */
    static Element paragraph(Element paragraph, String kind, ChangeMarks marks) {
        runs(paragraph, kind, marks);
        Element properties = WordXml.child(paragraph, "pPr");
        if (properties == null) {
            properties = WordXml.element(marks.document(), "pPr");
            paragraph.insertBefore(properties, paragraph.getFirstChild());
        }
        Element markFormat = WordXml.child(properties, "rPr");
        if (markFormat == null) {
            markFormat = WordXml.element(marks.document(), "rPr");
            // the paragraph mark's format comes after the other properties, before sectPr and pPrChange
            Node before = WordXml.children(properties).stream()
                    .filter(p -> WordXml.is(p, "sectPr") || WordXml.is(p, "pPrChange")).findFirst().orElse(null);
            properties.insertBefore(markFormat, before);
        }
        markFormat.insertBefore(marks.mark(kind), markFormat.getFirstChild());
        return paragraph;
    }

    /** Every run under {@code content} (a paragraph, or a row) marked as deleted or inserted. */
    static void runs(Element content, String kind, ChangeMarks marks) {
        List<Element> runs = WordXml.descendants(content, "r");
        Element wrapper = null;
        for (Element run : runs) {
            if (ChangeMarks.DELETED.equals(kind)) {
                WordXml.children(run, "t").forEach(text -> WordXml.rename(text, "delText"));
                WordXml.children(run, "instrText").forEach(text -> WordXml.rename(text, "delInstrText"));
            }
            if (wrapper != null && run.getPreviousSibling() == wrapper) {
                run.getParentNode().removeChild(run);
                wrapper.appendChild(run);
            } else {
                wrapper = marks.mark(kind);
                WordXml.wrap(run, wrapper);
            }
        }
    }
}
