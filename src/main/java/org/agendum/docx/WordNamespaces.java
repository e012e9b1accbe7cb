package org.agendum.docx;

/**
 * The XML namespaces of the parts, with the prefixes the parts declare on their root elements and use throughout
 * (XmlWriter writes names as given).
 */
final class WordNamespaces {
    /** WordprocessingML, prefix {@code w}. */
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Relationship ids ({@code r:id}, {@code r:embed}), prefix {@code r}. */
    static final String R = Relationships.NAMESPACE;
    /** Drawings in WordprocessingML, prefix {@code wp}. */
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    /** DrawingML, prefix {@code a}. */
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    /** DrawingML pictures, prefix {@code pic}. */
    static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    private WordNamespaces() {
    }
}
