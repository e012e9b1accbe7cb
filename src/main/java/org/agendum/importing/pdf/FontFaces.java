package org.agendum.importing.pdf;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Whether a PDF's font is bold or italic, remembered per font (a page's glyphs share a handful of fonts): its name
 * says so ("LiberationSerif-Bold", "TimesNewRomanPS-BoldItalicMT", "Arial-ItalicMT", "Helvetica-Oblique"), or its
 * descriptor does (a weight of 700 or more, forced bold, the italic flag), as word processors embed their faces.
 */
final class FontFaces {
    private record Face(boolean bold, boolean italic) {
    }

    private final Map<PDFont, Face> known = new IdentityHashMap<>();

    boolean isBold(PDFont font) {
        return font != null && known.computeIfAbsent(font, FontFaces::face).bold();
    }

    boolean isItalic(PDFont font) {
        return font != null && known.computeIfAbsent(font, FontFaces::face).italic();
    }

    private static Face face(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor descriptor = font.getFontDescriptor();
        boolean bold = name.contains("bold")
                || descriptor != null && (descriptor.getFontWeight() >= 700 || descriptor.isForceBold());
        boolean italic = name.contains("italic") || name.contains("oblique")
                || descriptor != null && descriptor.isItalic();
        return new Face(bold, italic);
    }
}
