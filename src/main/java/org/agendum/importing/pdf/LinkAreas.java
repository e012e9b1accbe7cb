package org.agendum.importing.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agendum.typography.LinkTargets;
import org.agendum.typography.Printable;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.TextPosition;

/**
 * A page's links to addresses (link annotations with a URI action), each a rectangle over the words it links, in the
 * coordinates PDFBox gives glyphs (from the crop box's top left, y downwards). Only what {@link LinkTargets} allows
 * (web and e-mail addresses) is kept, as a link typed in the window would be; any other address is left out and said
 * so, its words kept as text. Links within the document (to a footnote, a page) are navigation, not links, and are
 * passed over.
 */
final class LinkAreas {
    private record Area(float left, float top, float right, float bottom, String target) {
    }

    /** More links than this on a page (a hostile file's) are left out: each glyph is looked up in them. */
    static final int MOST_PER_PAGE = 1_000;

    private final List<Area> areas = new ArrayList<>();

    /** Reads the page's links; each one left out is said in {@code leftOut}, once for each address. */
    LinkAreas(PDPage page, int pageNumber, Set<String> leftOut) throws IOException {
        PDRectangle crop = page.getCropBox();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!(annotation instanceof PDAnnotationLink link) || !(link.getAction() instanceof PDActionURI uri)
                    || annotation.getRectangle() == null) {
                continue;
            }
            String target = uri.getURI() == null ? "" : uri.getURI().strip();
            if (!LinkTargets.isAllowed(target)) {
                // worded as the Word reader says it
                leftOut.add("a link to \u201C" + Printable.quoted(target) + "\u201D, kept as plain text: a meeting "
                        + "links only to web and e-mail addresses");
                continue;
            }
            if (areas.size() == MOST_PER_PAGE) {
                leftOut.add("links on page " + pageNumber + " after its first " + MOST_PER_PAGE + ", their words "
                        + "kept as text");
                break;
            }
            PDRectangle r = annotation.getRectangle();
            areas.add(new Area(r.getLowerLeftX() - crop.getLowerLeftX(), crop.getUpperRightY() - r.getUpperRightY(),
                    r.getUpperRightX() - crop.getLowerLeftX(), crop.getUpperRightY() - r.getLowerLeftY(), target));
        }
    }

    /** The address of the link the glyph's middle stands in, or null. */
    String targetOf(TextPosition glyph) {
        if (areas.isEmpty()) {
            return null;
        }
        float x = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
        float y = glyph.getYDirAdj() - glyph.getHeightDir() / 2;
        for (Area area : areas) {
            if (x >= area.left && x <= area.right && y >= area.top && y <= area.bottom) {
                return area.target;
            }
        }
        return null;
    }
}
