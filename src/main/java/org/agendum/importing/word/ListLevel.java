package org.agendum.importing.word;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The list a paragraph belongs to and its level, from its own w:numPr or, for what it leaves out, its style's;
 * a style tied to a list level by the level's w:pStyle gets that level. Null when it is in no list (numId 0
 * takes a paragraph out of its style's list).
 */
record ListLevel(String numId, int ilvl) {
    static ListLevel of(Element paragraphProperties, String styleId, WordStyles styles,
                        NumberingDefinitions numbering) {
        List<Element> numPrs = new ArrayList<>();
        Element own = Ooxml.child(paragraphProperties, "numPr");
        if (own != null) {
            numPrs.add(own);
        }
        numPrs.addAll(styles.paragraphProperties(styleId, "numPr"));
        String numId = nearest(numPrs, "numId");
        if (numId == null || numId.equals("0") || !numbering.exists(numId)) {
            return null;
        }
        Integer ilvl = Ooxml.number(nearest(numPrs, "ilvl"));
        if (ilvl == null) {
            int tied = numbering.levelOfStyle(numId, styleId);
            ilvl = tied >= 0 ? tied : 0;
        }
        return new ListLevel(numId, ilvl);
    }

    /** The value of the first of these w:numPr that says it (the paragraph's own, then its styles' in order). */
    private static String nearest(List<Element> numPrs, String name) {
        for (Element numPr : numPrs) {
            String value = Ooxml.val(Ooxml.child(numPr, name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
