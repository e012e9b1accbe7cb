package org.agendum.trackedchanges;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Word's Accept All and Reject All make of a tracked-changes document, read as its body's paragraphs in
 * order (a table's cells' too), each as its text with tabs, and a footnote's text in brackets where it is called;
 * or, {@code formatted}, with each paragraph's properties (and its row's and cell's) and each stretch of text's
 * run format too. As Word does, a changed format ({@code w:rPrChange}, {@code w:pPrChange}, {@code w:trPrChange},
 * {@code w:tcPrChange}) is kept on accepting and the old one put back on rejecting, and the last paragraph of the
 * body or of a cell is never removed (Word cannot remove it): only what it holds. A move ({@code w:moveFrom},
 * {@code w:moveTo}) is read as a deletion and an insertion.
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
        return texts(reviewed(docx, true));
    }

    static List<String> rejectedAll(byte[] docx) throws IOException {
        return texts(reviewed(docx, false));
    }

    /** The paragraphs of a document as it is, each with its properties and its text's run formats. */
    static List<String> formattedParagraphs(byte[] docx) throws IOException {
        return formatted(ExportedPackage.read(docx));
    }

    static List<String> formattedAcceptedAll(byte[] docx) throws IOException {
        return formatted(reviewed(docx, true));
    }

    static List<String> formattedRejectedAll(byte[] docx) throws IOException {
        return formatted(reviewed(docx, false));
    }

    private static ExportedPackage reviewed(byte[] docx, boolean accept) throws IOException {
        return accept ? reviewed(docx, ChangeMarks.INSERTED, ChangeMarks.DELETED)
                : reviewed(docx, ChangeMarks.DELETED, ChangeMarks.INSERTED);
    }

    /** Keeps what {@code kept} marks (unwrapped; deleted text becomes text again) and removes what {@code dropped} marks. */
    private static ExportedPackage reviewed(byte[] docx, String kept, String dropped) throws IOException {
        boolean accept = kept.equals(ChangeMarks.INSERTED);
        ExportedPackage document = ExportedPackage.read(docx);
        Element body = document.body();
        // a move is a deletion at its old place and an insertion at its new one, to Accept All and Reject All
        WordXml.descendants(body, "moveFrom").forEach(move -> WordXml.rename(move, ChangeMarks.DELETED));
        WordXml.descendants(body, "moveTo").forEach(move -> WordXml.rename(move, ChangeMarks.INSERTED));
        for (String range : List.of("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")) {
            WordXml.descendants(body, range).forEach(marker -> marker.getParentNode().removeChild(marker));
        }
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
        for (String name : List.of("rPr", "trPr", "tcPr")) {
            for (Element change : WordXml.descendants(body, name + "Change")) {
                Element format = (Element) change.getParentNode();
                format.removeChild(change);
                if (!accept) {
                    // the old format or properties instead of the new ones
                    WordXml.children(format).forEach(format::removeChild);
                    Element old = WordXml.child(change, name);
                    WordXml.children(old).forEach(format::appendChild);
                }
            }
        }
        for (Element change : WordXml.descendants(body, "pPrChange")) {
            Element properties = (Element) change.getParentNode();
            properties.removeChild(change);
            if (!accept) {
                // the old properties; the mark's format (w:rPr) and a section's properties are not in them
                WordXml.children(properties).stream().filter(p -> !WordXml.is(p, "rPr") && !WordXml.is(p, "sectPr"))
                        .forEach(properties::removeChild);
                Node first = properties.getFirstChild();
                WordXml.children(WordXml.child(change, "pPr")).forEach(p -> properties.insertBefore(p, first));
            }
        }
        return document;
    }

    private static void removeMarked(Element root, String kind) {
        for (Element mark : WordXml.descendants(root, kind)) {
            if (mark.getParentNode() != null && !WordXml.is(mark.getParentNode(), "rPr")
                    && !WordXml.is(mark.getParentNode(), "trPr")) {
                mark.getParentNode().removeChild(mark);
            }
        }
    }

    /**
     * A paragraph whose mark goes: what is left of its content runs on into the next paragraph. The last paragraph
     * of the body or of a cell stays, without the mark's change: Word cannot remove it.
     */
    private static void mergeIntoNext(Element paragraph) {
        Node next = paragraph.getNextSibling();
        while (next != null && !WordXml.is(next, "p")) {
            next = next.getNextSibling();
        }
        if (next == null) {
            Element markFormat = WordXml.child(WordXml.child(paragraph, "pPr"), "rPr");
            WordXml.children(markFormat).stream().filter(c -> WordXml.is(c, "ins") || WordXml.is(c, "del"))
                    .forEach(markFormat::removeChild);
            return;
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

    /**
     * Each paragraph as its properties (an empty {@code w:rPr} left out, as it formats nothing) and its text in
     * stretches of one run format, "{format}text": neighbouring runs of one format are one stretch, however the
     * text is cut into runs.
     */
    private static List<String> formatted(ExportedPackage document) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (Element paragraph : WordXml.descendants(document.body(), "p")) {
            StringBuilder line = new StringBuilder();
            Element properties = WordXml.child(paragraph, "pPr");
            if (WordXml.is(paragraph.getParentNode(), "tc")) {
                Element cell = (Element) paragraph.getParentNode();
                line.append("row ").append(formatKey(WordXml.child((Element) cell.getParentNode(), "trPr"), document))
                        .append(" cell ").append(formatKey(WordXml.child(cell, "tcPr"), document)).append(" | ");
            }
            line.append(formatKey(properties, document)).append(" |");
            String format = null;
            for (Element run : WordXml.descendants(paragraph, "r")) {
                String runFormat = formatKey(WordXml.child(run, "rPr"), document);
                if (!runFormat.equals(format)) {
                    line.append(" {").append(runFormat).append('}');
                    format = runFormat;
                }
                appendText(line, run, document);
            }
            paragraphs.add(line.toString());
        }
        return paragraphs;
    }

    private static String formatKey(Element properties, ExportedPackage document) {
        if (properties == null) {
            return "";
        }
        Element copy = (Element) properties.cloneNode(true);
        WordXml.children(copy, "rPr").stream().filter(format -> WordXml.children(format).isEmpty())
                .forEach(copy::removeChild);
        return WordXml.children(copy).isEmpty() ? "" : BlockKey.of(copy, document);
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
