package org.agendum.trackedchanges;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Word's Accept All and Reject All make of a tracked-changes document, read as its body's paragraphs in
 * order (a table's cells' too), each as its text with tabs, and a footnote's text in brackets where it is called.
 */
final class ReviewedDocument {
    private ReviewedDocument() {
    }

    /** The paragraphs of a document as it is (an export without changes). */
    static List<String> paragraphs(byte[] docx) throws IOException {
        ExportedPackage document = ExportedPackage.read(docx);
        return texts(document);
    }

    static List<String> acceptedAll(byte[] docx) throws IOException {
        return reviewed(docx, ChangeMarks.INSERTED, ChangeMarks.DELETED);
    }

    static List<String> rejectedAll(byte[] docx) throws IOException {
        return reviewed(docx, ChangeMarks.DELETED, ChangeMarks.INSERTED);
    }

    /** Keeps what {@code kept} marks (unwrapped; deleted text becomes text again) and removes what {@code dropped} marks. */
    private static List<String> reviewed(byte[] docx, String kept, String dropped) throws IOException {
        ExportedPackage document = ExportedPackage.read(docx);
        Element body = document.body();
        for (Element row : WordXml.descendants(body, "tr")) {
            Element properties = WordXml.child(row, "trPr");
            if (properties != null && WordXml.child(properties, dropped) != null) {
                row.getParentNode().removeChild(row);
            }
        }
        for (Element paragraph : WordXml.descendants(body, "p")) {
            Element properties = WordXml.child(paragraph, "pPr");
            Element markFormat = properties == null ? null : WordXml.child(properties, "rPr");
            if (markFormat != null && WordXml.child(markFormat, dropped) != null) {
                removeMarked(paragraph, dropped);
                mergeIntoNext(paragraph);
            }
        }
        removeMarked(body, dropped);
        for (Element mark : WordXml.descendants(body, kept)) {
            Node parent = mark.getParentNode();
            if (WordXml.is(parent, "rPr") || WordXml.is(parent, "trPr")) {
                parent.removeChild(mark);
                continue;
            }
            while (mark.getFirstChild() != null) {
                parent.insertBefore(mark.getFirstChild(), mark);
            }
            parent.removeChild(mark);
        }
        WordXml.descendants(body, "delText").forEach(text -> WordXml.rename(text, "t"));
        return texts(document);
    }

    private static void removeMarked(Element root, String kind) {
        for (Element mark : WordXml.descendants(root, kind)) {
            if (mark.getParentNode() != null && !WordXml.is(mark.getParentNode(), "rPr")
                    && !WordXml.is(mark.getParentNode(), "trPr")) {
                mark.getParentNode().removeChild(mark);
            }
        }
    }

    /** A paragraph whose mark goes: what is left of its content runs on into the next paragraph. */
    private static void mergeIntoNext(Element paragraph) {
        Node next = paragraph.getNextSibling();
        while (next != null && !WordXml.is(next, "p")) {
            next = next.getNextSibling();
        }
        List<Element> content = WordXml.children(paragraph).stream().filter(c -> !WordXml.is(c, "pPr")).toList();
        if (next != null) {
            Element properties = WordXml.child((Element) next, "pPr");
            Node at = properties == null ? next.getFirstChild() : properties.getNextSibling();
            for (Element child : content) {
                next.insertBefore(child, at);
            }
        }
        paragraph.getParentNode().removeChild(paragraph);
    }

    private static List<String> texts(ExportedPackage document) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Element paragraph : WordXml.descendants(document.body(), "p")) {
            texts.add(text(paragraph, document));
        }
        return texts;
    }

    private static String text(Element paragraph, ExportedPackage document) {
        StringBuilder text = new StringBuilder();
        appendText(text, paragraph, document);
        return text.toString();
    }

    private static void appendText(StringBuilder text, Element element, ExportedPackage document) {
        for (Element child : WordXml.children(element)) {
            if (WordXml.is(child, "pPr") || WordXml.is(child, "rPr")) {
                continue;
            }
            if (WordXml.is(child, "t") || WordXml.is(child, "delText")) {
                text.append(child.getTextContent());
            } else if (WordXml.is(child, "tab")) {
                text.append('\t');
            } else if (WordXml.is(child, "br")) {
                text.append('\n');
            } else if (WordXml.is(child, "footnoteReference")) {
                Element note = document.footnote(WordXml.attribute(child, "id"));
                text.append('[').append(note == null ? "missing note" : footnoteText(note, document)).append(']');
            } else {
                appendText(text, child, document);
            }
        }
    }

    private static String footnoteText(Element note, ExportedPackage document) {
        List<String> paragraphs = new ArrayList<>();
        for (Element paragraph : WordXml.children(note, "p")) {
            paragraphs.add(text(paragraph, document));
        }
        return String.join("\n", paragraphs);
    }

    static Document document(byte[] docx) throws IOException {
        return ExportedPackage.read(docx).document;
    }
}
