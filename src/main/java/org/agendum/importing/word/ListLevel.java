package org.agendum.importing.word;

import org.w3c.dom.Element;

/**
 * The list a paragraph belongs to and its level, from its own w:numPr or, for what it leaves out, its style's;
 * a style tied to a list level by the level's w:pStyle gets that level. Null when it is in no list (numId 0
 * takes a paragraph out of its style's list).
 */
record ListLevel(String numId, int ilvl) {
    static ListLevel of(Element paragraphProperties, String styleId, WordStyles styles,
                        NumberingDefinitions numbering) {
        Element own = Ooxml.child(paragraphProperties, "numPr");
        Element styled = styles.paragraphProperty(styleId, "numPr");
        String numId = Ooxml.val(Ooxml.child(own, "numId"));
        if (numId == null) {
            numId = Ooxml.val(Ooxml.child(styled, "numId"));
        }
        if (numId == null || numId.equals("0") || !numbering.exists(numId)) {
            return null;
        }
        Integer ilvl = Ooxml.number(Ooxml.val(Ooxml.child(own, "ilvl")));
        if (ilvl == null) {
            ilvl = Ooxml.number(Ooxml.val(Ooxml.child(styled, "ilvl")));
        }
        if (ilvl == null) {
            int tied = numbering.levelOfStyle(numId, styleId);
            ilvl = tied >= 0 ? tied : 0;
        }
        return new ListLevel(numId, ilvl);
    }
}
