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
        mark(paragraph, kind, marks);
        return paragraph;
    }

    /** The paragraph's mark alone marked as deleted or inserted, first in its {@code w:pPr/w:rPr}. */
    static void mark(Element paragraph, String kind, ChangeMarks marks) {
        Element markFormat = markFormat(paragraph, marks);
        markFormat.insertBefore(marks.mark(kind), markFormat.getFirstChild());
    }

    /** The paragraph mark's format ({@code w:pPr/w:rPr}), made where the schema orders it when there is none. */
    static Element markFormat(Element paragraph, ChangeMarks marks) {
        Element properties = WordXml.child(paragraph, "pPr");
        if (properties == null) {
            properties = WordXml.element(marks.document(), "pPr");
            paragraph.insertBefore(properties, paragraph.getFirstChild());
        }
        return markFormatIn(properties, marks);
    }

    /** The mark's format in paragraph properties ({@code w:pPr}), made where the schema orders it if there is none. */
    static Element markFormatIn(Element properties, ChangeMarks marks) {
        Element markFormat = WordXml.child(properties, "rPr");
        if (markFormat == null) {
            markFormat = WordXml.element(marks.document(), "rPr");
            // the paragraph mark's format comes after the other properties, before sectPr and pPrChange
            Node before = WordXml.children(properties).stream()
                    .filter(p -> WordXml.is(p, "sectPr") || WordXml.is(p, "pPrChange")).findFirst().orElse(null);
            properties.insertBefore(markFormat, before);
        }
        return markFormat;
    }

    /** The kind of change of a paragraph's mark ({@code ins} or {@code del}), or null when it is not changed. */
    static String kindOf(Element paragraph) {
        Element properties = WordXml.child(paragraph, "pPr");
        Element markFormat = properties == null ? null : WordXml.child(properties, "rPr");
        if (markFormat == null) {
            return null;
        }
        for (Element child : WordXml.children(markFormat)) {
            if (WordXml.is(child, ChangeMarks.INSERTED) || WordXml.is(child, ChangeMarks.DELETED)) {
                return child.getLocalName();
            }
        }
        return null;
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
