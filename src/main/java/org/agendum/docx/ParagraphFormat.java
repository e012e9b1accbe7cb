package org.agendum.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph's properties ({@code w:pPr}): its style and what the layout sets on the paragraph itself, as the
 * real files do (heading indents and tabs, spacers' exact lines, the footnote indent, masthead cells). Set before
 * the paragraph is written, and written in the schema's order. Built afresh for each paragraph.
 */
final class ParagraphFormat {
    /** A tab stop: "left", "right", "center", or "clear" to remove one the style sets. */
    record Tab(String kind, int position) {
    }

    private String style;
    private boolean keepNext;
    private boolean pageBreakBefore;
    private final List<Tab> tabs = new ArrayList<>(0);
    private Integer spaceBefore;
    private Integer spaceAfter;
    private Integer exactLine;
    private Integer left;
    private Integer right;
    private Integer hanging;
    private Integer firstLine;
    private String alignment;
    private Integer markHalfPoints;

    /** A paragraph in the style {@code styleId}. */
    static ParagraphFormat styled(String styleId) {
        ParagraphFormat format = new ParagraphFormat();
        format.style = styleId;
        return format;
    }

    /** A paragraph with no properties of its own (the further paragraphs of a table cell). */
    static ParagraphFormat plain() {
        return new ParagraphFormat();
    }

    String style() {
        return style;
    }

    ParagraphFormat keepWithNext() {
        keepNext = true;
        return this;
    }

    /** The paragraph starts a new page. */
    ParagraphFormat pageBreakBefore() {
        pageBreakBefore = true;
        return this;
    }

    ParagraphFormat tab(String kind, int position) {
        tabs.add(new Tab(kind, position));
        return this;
    }

    ParagraphFormat leftTabs(int... positions) {
        for (int position : positions) {
            tab("left", position);
        }
        return this;
    }

    ParagraphFormat spaceBefore(int twips) {
        spaceBefore = twips;
        return this;
    }

    ParagraphFormat spaceAfter(int twips) {
        spaceAfter = twips;
        return this;
    }

    /** Lines exactly {@code twips} high. */
    ParagraphFormat exactLine(int twips) {
        exactLine = twips;
        return this;
    }

    /** Left and right indents, and a hanging indent when {@code hanging} is above 0. */
    ParagraphFormat indent(int leftTwips, int rightTwips, int hangingTwips) {
        left = leftTwips;
        right = rightTwips;
        if (hangingTwips > 0) {
            hanging = hangingTwips;
        }
        return this;
    }

    ParagraphFormat leftIndent(int twips) {
        left = twips;
        return this;
    }

    /** At the margin, without the hanging indent its style may have ({@code ind left=0 firstLine=0}). */
    ParagraphFormat flushLeft() {
        left = 0;
        firstLine = 0;
        return this;
    }

    ParagraphFormat alignLeft() {
        alignment = "left";
        return this;
    }

    ParagraphFormat alignRight() {
        alignment = "right";
        return this;
    }

    ParagraphFormat alignCenter() {
        alignment = "center";
        return this;
    }

    /** The size of the paragraph mark, which sets the height of an empty paragraph. */
    ParagraphFormat markSize(double points) {
        markHalfPoints = (int) Math.round(points * 2);
        return this;
    }

    /**
     * {@code <w:pPr>…</w:pPr>}, or nothing for a paragraph without properties. A right-to-left paragraph
     * ({@code w:bidi}) keeps the same values, which Word and LibreOffice read from the paragraph's start: an indent
     * or tab stop "left" is on the right, {@code w:jc="left"} aligns to the right edge and "right" to the left, so
     * the whole layout mirrors (w:bidi is ISO/IEC 29500 §17.3.1.6; that Word reads jc from the start is reported by
     * other generators' bug threads, and LibreOffice's render of an Arabic version shows it: docs/export.md).
     */
    void write(XmlWriter xml, boolean rightToLeft) {
        if (!rightToLeft && style == null && !keepNext && !pageBreakBefore && tabs.isEmpty() && spaceBefore == null
                && spaceAfter == null && exactLine == null && left == null && right == null && hanging == null
                && firstLine == null && alignment == null && markHalfPoints == null) {
            return;
        }
        xml.start("w:pPr");
        if (style != null) {
            xml.empty("w:pStyle", "w:val", style);
        }
        if (keepNext) {
            xml.empty("w:keepNext");
        }
        if (pageBreakBefore) {
            xml.empty("w:pageBreakBefore", "w:val", "on");
        }
        if (!tabs.isEmpty()) {
            xml.start("w:tabs");
            for (Tab tab : tabs) {
                xml.start("w:tab").attribute("w:val", tab.kind).attribute("w:pos", tab.position).end();
            }
            xml.end();
        }
        if (rightToLeft) {
            xml.empty("w:bidi");
        }
        if (spaceBefore != null || spaceAfter != null || exactLine != null) {
            xml.start("w:spacing");
            optional(xml, "w:before", spaceBefore);
            optional(xml, "w:after", spaceAfter);
            if (exactLine != null) {
                xml.attribute("w:line", exactLine).attribute("w:lineRule", "exact");
            }
            xml.end();
        }
        if (left != null || right != null || hanging != null || firstLine != null) {
            xml.start("w:ind");
            optional(xml, "w:left", left);
            optional(xml, "w:right", right);
            optional(xml, "w:hanging", hanging);
            optional(xml, "w:firstLine", firstLine);
            xml.end();
        }
        if (alignment != null) {
            xml.empty("w:jc", "w:val", alignment);
        }
        if (markHalfPoints != null) {
            xml.start("w:rPr").empty("w:sz", "w:val", markHalfPoints);
            if (rightToLeft) {
                xml.empty("w:szCs", "w:val", markHalfPoints).empty("w:rtl");
            }
            xml.end();
        }
        xml.end();
    }

    private static void optional(XmlWriter xml, String attribute, Integer value) {
        if (value != null) {
            xml.attribute(attribute, value);
        }
    }
}
