package org.agendum.docx;

/**
 * A run's own formatting ({@code w:rPr}), what is not in its paragraph's style. Written in the schema's order;
 * bold and italic as {@code w:val="on"} or {@code "off"}, as the export has always written them.
 *
 * @param style      a character style id, or null
 * @param font       one font for every script, or null
 * @param bold       true, false (switched off against the style), or null (as the style says)
 * @param italic     likewise
 * @param spacing    character spacing in twips, or null
 * @param scale      horizontal scale in per cent, or null
 * @param position   raised (or lowered, negative) by half-points, or null
 * @param halfPoints the size in half-points, or null
 * @param underline  a single underline
 * @param superscript raised and smaller
 */
record RunFormat(String style, String font, Boolean bold, Boolean italic, Integer spacing, Integer scale,
                 Integer position, Integer halfPoints, boolean underline, boolean superscript) {
    static final RunFormat NONE = new RunFormat(null, null, null, null, null, null, null, null, false, false);

    static RunFormat styled(String style) {
        return NONE.withStyle(style);
    }

    RunFormat withStyle(String value) {
        return new RunFormat(value, font, bold, italic, spacing, scale, position, halfPoints, underline, superscript);
    }

    RunFormat withFont(String value) {
        return new RunFormat(style, value, bold, italic, spacing, scale, position, halfPoints, underline, superscript);
    }

    RunFormat withBold(boolean value) {
        return new RunFormat(style, font, value, italic, spacing, scale, position, halfPoints, underline, superscript);
    }

    RunFormat withItalic(boolean value) {
        return new RunFormat(style, font, bold, value, spacing, scale, position, halfPoints, underline, superscript);
    }

    /** Character spacing in twips: 2 expands by 0.1 pt. */
    RunFormat withSpacing(int twips) {
        return new RunFormat(style, font, bold, italic, twips, scale, position, halfPoints, underline, superscript);
    }

    RunFormat withScale(int percent) {
        return new RunFormat(style, font, bold, italic, spacing, percent, position, halfPoints, underline, superscript);
    }

    RunFormat withPosition(int halfPointsUp) {
        return new RunFormat(style, font, bold, italic, spacing, scale, halfPointsUp, halfPoints, underline,
                superscript);
    }

    RunFormat withSize(int points) {
        return new RunFormat(style, font, bold, italic, spacing, scale, position, points * 2, underline, superscript);
    }

    RunFormat withUnderline() {
        return new RunFormat(style, font, bold, italic, spacing, scale, position, halfPoints, true, superscript);
    }

    RunFormat withSuperscript() {
        return new RunFormat(style, font, bold, italic, spacing, scale, position, halfPoints, underline, true);
    }

    /** {@code <w:rPr>…</w:rPr>} of a run with no text of its own (a tab, a field mark, a footnote reference). */
    void write(XmlWriter xml, DocumentScript script) {
        write(xml, script, false);
    }

    /**
     * {@code <w:rPr>…</w:rPr>} of a run, or nothing when the run has no formatting of its own. In a right-to-left
     * version every run has one: {@code w:rtl}, {@code w:val="0"} for a {@code leftToRight} run (Latin letters and
     * no Arabic ones, {@link DocumentScript#leftToRightText}), which then takes the Latin fonts and sizes; with {@code w:bCs}, {@code w:iCs} and {@code w:szCs} beside
     * bold, italic and size, since Word formats right-to-left runs by those; a version without letter spacing
     * leaves {@code w:spacing} out.
     */
    void write(XmlWriter xml, DocumentScript script, boolean leftToRight) {
        boolean rightToLeft = script.rightToLeft();
        if (!rightToLeft && equals(NONE)) {
            return;
        }
        xml.start("w:rPr");
        if (style != null) {
            xml.empty("w:rStyle", "w:val", style);
        }
        if (font != null) {
            xml.start("w:rFonts").attribute("w:ascii", font).attribute("w:hAnsi", font).attribute("w:cs", font)
                    .attribute("w:eastAsia", font).end();
        }
        if (bold != null) {
            xml.empty("w:b", "w:val", bold ? "on" : "off");
            if (rightToLeft) {
                xml.empty("w:bCs", "w:val", bold ? "on" : "off");
            }
        }
        if (italic != null) {
            xml.empty("w:i", "w:val", italic ? "on" : "off");
            if (rightToLeft) {
                xml.empty("w:iCs", "w:val", italic ? "on" : "off");
            }
        }
        if (spacing != null && script.letterSpacing()) {
            xml.empty("w:spacing", "w:val", spacing);
        }
        if (scale != null) {
            xml.empty("w:w", "w:val", scale);
        }
        if (position != null) {
            xml.empty("w:position", "w:val", position);
        }
        if (halfPoints != null) {
            xml.empty("w:sz", "w:val", halfPoints);
            if (rightToLeft) {
                xml.empty("w:szCs", "w:val", halfPoints);
            }
        }
        if (underline) {
            xml.empty("w:u", "w:val", "single");
        }
        if (superscript) {
            xml.empty("w:vertAlign", "w:val", "superscript");
        }
        if (rightToLeft) {
            if (leftToRight) {
                xml.empty("w:rtl", "w:val", "0");
            } else {
                xml.empty("w:rtl");
            }
        }
        xml.end();
    }
}
