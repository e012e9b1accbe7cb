package org.agendum.docx;

import static org.agendum.docx.Twips.big;
import static org.agendum.docx.Twips.halfPoints;

import java.util.List;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** Small operations on paragraphs that POI's usermodel does not offer, in the UN layout's terms. */
final class Paragraphs {
    private Paragraphs() {
    }

    static XWPFParagraph styled(XWPFParagraph paragraph, String styleId) {
        paragraph.setStyle(styleId);
        return paragraph;
    }

    /** Appends text as one run, typeset for the reader ({@link DocxText#typeset}: storable, curly quotes). */
    static XWPFRun text(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setText(DocxText.typeset(() -> lastCharacter(paragraph), text));
        return run;
    }

    /**
     * The paragraph's last character (a whole code point), or "" when it has no text: what
     * {@code paragraph.getText()} ends with, read from the last runs only. Asking {@code getText()} for each
     * run rebuilt the whole paragraph's text every time, which made a paragraph of 20,000 runs with quotes
     * take minutes to export (issue 14, item 6); this reads only the last run that has text.
     */
    static String lastCharacter(XWPFParagraph paragraph) {
        List<IRunElement> runs = paragraph.getIRuns();
        for (int i = runs.size() - 1; i >= 0; i--) {
            String text = String.valueOf(runs.get(i));
            if (!text.isEmpty()) {
                return text.substring(text.offsetByCodePoints(text.length(), -1));
            }
        }
        return "";
    }

    static void tab(XWPFParagraph paragraph) {
        paragraph.createRun().addTab();
    }

    static void tabs(XWPFParagraph paragraph, int count) {
        if (count > 0) {
            XWPFRun run = paragraph.createRun();
            for (int i = 0; i < count; i++) {
                run.addTab();
            }
        }
    }

    /**
     * The layout of a numbered heading in A/80/590 (docs/un-format.md §3.3, confirmed): the number ends at a right tab
     * at 1022, the text starts at 1267 and wraps back to 1267 ({@code ind left=1267 hanging=1267}), the right
     * indent is 1260. The runs are {@code <tab/>number<tab/>text}. Like the real files, this is set on the
     * paragraph, not in the heading styles, so that the styles keep DGACM's values. Call it after the style is
     * set.
     */
    static void headingLayout(XWPFParagraph paragraph) {
        CTTabs tabs = pPr(paragraph).addNewTabs();
        String style = paragraph.getStyleID();
        if (UnStyles.H4.equals(style) || UnStyles.H56.equals(style)) {
            // H4 and H5/6 carry a right tab at 360 for headings at the margin; here the number goes to 1022
            var clear = tabs.addNewTab();
            clear.setVal(STTabJc.CLEAR);
            clear.setPos(big(360));
        }
        var number = tabs.addNewTab();
        number.setVal(STTabJc.RIGHT);
        number.setPos(big(UnStyles.NUMBER_TAB));
        for (int position : UnStyles.BODY_TABS) {
            var tab = tabs.addNewTab();
            tab.setVal(STTabJc.LEFT);
            tab.setPos(big(position));
        }
        indent(paragraph, PageGeometry.BODY_INDENT, 1260, PageGeometry.BODY_INDENT);
    }

    static void indent(XWPFParagraph paragraph, int left, int right, int hanging) {
        CTInd ind = pPr(paragraph).isSetInd() ? pPr(paragraph).getInd() : pPr(paragraph).addNewInd();
        ind.setLeft(big(left));
        ind.setRight(big(right));
        if (hanging > 0) {
            ind.setHanging(big(hanging));
        }
    }

    /** At the margin, without the hanging indent its style may have ({@code ind left=0 firstLine=0}). */
    static void flushLeft(XWPFParagraph paragraph) {
        CTInd ind = pPr(paragraph).isSetInd() ? pPr(paragraph).getInd() : pPr(paragraph).addNewInd();
        ind.setLeft(big(0));
        ind.setFirstLine(big(0));
    }

    static void leftIndent(XWPFParagraph paragraph, int left) {
        CTInd ind = pPr(paragraph).isSetInd() ? pPr(paragraph).getInd() : pPr(paragraph).addNewInd();
        ind.setLeft(big(left));
    }

    static void alignLeft(XWPFParagraph paragraph) {
        pPr(paragraph).addNewJc().setVal(STJc.LEFT);
    }

    static void alignRight(XWPFParagraph paragraph) {
        pPr(paragraph).addNewJc().setVal(STJc.RIGHT);
    }

    static void alignCenter(XWPFParagraph paragraph) {
        pPr(paragraph).addNewJc().setVal(STJc.CENTER);
    }

    static void spaceBefore(XWPFParagraph paragraph, int twips) {
        spacing(paragraph).setBefore(big(twips));
    }

    static void spaceAfter(XWPFParagraph paragraph, int twips) {
        spacing(paragraph).setAfter(big(twips));
    }

    static void exactLine(XWPFParagraph paragraph, int twips) {
        spacing(paragraph).setLine(big(twips));
        spacing(paragraph).setLineRule(STLineSpacingRule.EXACT);
    }

    static void keepWithNext(XWPFParagraph paragraph) {
        pPr(paragraph).addNewKeepNext();
    }

    /** The size of the paragraph mark, which sets the height of an empty paragraph. */
    static void markSize(XWPFParagraph paragraph, double points) {
        CTParaRPr mark = pPr(paragraph).isSetRPr() ? pPr(paragraph).getRPr() : pPr(paragraph).addNewRPr();
        mark.addNewSz().setVal(halfPoints(points));
    }

    private static CTSpacing spacing(XWPFParagraph paragraph) {
        return pPr(paragraph).isSetSpacing() ? pPr(paragraph).getSpacing() : pPr(paragraph).addNewSpacing();
    }

    static CTPPr pPr(XWPFParagraph paragraph) {
        return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
    }
}
