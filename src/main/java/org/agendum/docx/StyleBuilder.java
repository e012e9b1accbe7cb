package org.agendum.docx;

import static org.agendum.docx.Twips.big;
import static org.agendum.docx.Twips.halfPoints;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/** One style definition, written the way Word writes it, with the values read aloud in the code. */
final class StyleBuilder {
    private final CTStyle style = CTStyle.Factory.newInstance();

    private StyleBuilder(STStyleType.Enum type, String id, String name) {
        style.setType(type);
        style.setStyleId(id);
        style.addNewName().setVal(name);
    }

    static StyleBuilder paragraph(String id, String name) {
        return new StyleBuilder(STStyleType.PARAGRAPH, id, name);
    }

    static StyleBuilder character(String id, String name) {
        return new StyleBuilder(STStyleType.CHARACTER, id, name);
    }

    static StyleBuilder table(String id, String name) {
        return new StyleBuilder(STStyleType.TABLE, id, name);
    }

    CTStyle build() {
        return style;
    }

    /** A style that is not one of Word's built-in ones (all the UN "_ H_…" and "__Single Txt" styles). */
    StyleBuilder custom() {
        style.setCustomStyle(STOnOff1.ON);
        return this;
    }

    StyleBuilder byDefault() {
        style.setDefault(STOnOff1.ON);
        return this;
    }

    StyleBuilder basedOn(String id) {
        style.addNewBasedOn().setVal(id);
        return this;
    }

    StyleBuilder next(String id) {
        style.addNewNext().setVal(id);
        return this;
    }

    StyleBuilder quickFormat() {
        style.addNewQFormat();
        return this;
    }

    StyleBuilder semiHidden() {
        style.addNewSemiHidden();
        return this;
    }

    // ---- paragraph properties

    private CTPPrGeneral pPr() {
        return style.isSetPPr() ? style.getPPr() : style.addNewPPr();
    }

    StyleBuilder keepNext() {
        pPr().addNewKeepNext();
        return this;
    }

    StyleBuilder keepLines() {
        pPr().addNewKeepLines();
        return this;
    }

    /** Turns off a keep inherited from the base style (TitleH1 does this to H1's keeps). */
    StyleBuilder noKeeps() {
        pPr().addNewKeepNext().setVal(STOnOff1.OFF);
        pPr().addNewKeepLines().setVal(STOnOff1.OFF);
        return this;
    }

    StyleBuilder suppressAutoHyphens() {
        pPr().addNewSuppressAutoHyphens();
        return this;
    }

    private CTSpacing spacing() {
        return pPr().isSetSpacing() ? pPr().getSpacing() : pPr().addNewSpacing();
    }

    StyleBuilder spaceBefore(int twips) {
        spacing().setBefore(big(twips));
        return this;
    }

    StyleBuilder spaceAfter(int twips) {
        spacing().setAfter(big(twips));
        return this;
    }

    /** Line height of exactly {@code twips} (240 = 12 pt). */
    StyleBuilder exactLine(int twips) {
        spacing().setLine(big(twips));
        spacing().setLineRule(STLineSpacingRule.EXACT);
        return this;
    }

    /** Single line spacing ({@code line="240" lineRule="auto"}). */
    StyleBuilder singleLine() {
        spacing().setLine(big(240));
        spacing().setLineRule(STLineSpacingRule.AUTO);
        return this;
    }

    StyleBuilder indent(int left, int right) {
        var ind = pPr().isSetInd() ? pPr().getInd() : pPr().addNewInd();
        ind.setLeft(big(left));
        ind.setRight(big(right));
        return this;
    }

    /** Only the right indent; the left one and any hanging indent come from the base style. */
    StyleBuilder rightIndent(int twips) {
        var ind = pPr().isSetInd() ? pPr().getInd() : pPr().addNewInd();
        ind.setRight(big(twips));
        return this;
    }

    StyleBuilder hanging(int twips) {
        var ind = pPr().isSetInd() ? pPr().getInd() : pPr().addNewInd();
        ind.setHanging(big(twips));
        return this;
    }

    StyleBuilder justify(STJc.Enum alignment) {
        pPr().addNewJc().setVal(alignment);
        return this;
    }

    StyleBuilder outlineLevel(int level) {
        pPr().addNewOutlineLvl().setVal(big(level));
        return this;
    }

    private CTTabs tabs() {
        return pPr().isSetTabs() ? pPr().getTabs() : pPr().addNewTabs();
    }

    StyleBuilder leftTabs(int... positions) {
        for (int position : positions) {
            var tab = tabs().addNewTab();
            tab.setVal(STTabJc.LEFT);
            tab.setPos(big(position));
        }
        return this;
    }

    StyleBuilder rightTab(int position) {
        var tab = tabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(big(position));
        return this;
    }

    StyleBuilder rightDotTab(int position) {
        var tab = tabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setLeader(STTabTlc.DOT);
        tab.setPos(big(position));
        return this;
    }

    StyleBuilder centerTab(int position) {
        var tab = tabs().addNewTab();
        tab.setVal(STTabJc.CENTER);
        tab.setPos(big(position));
        return this;
    }

    // ---- run properties

    private CTRPr rPr() {
        return style.isSetRPr() ? style.getRPr() : style.addNewRPr();
    }

    StyleBuilder font(String name) {
        CTFonts fonts = rPr().addNewRFonts();
        fonts.setAscii(name);
        fonts.setHAnsi(name);
        fonts.setCs(name);
        fonts.setEastAsia(name);
        return this;
    }

    StyleBuilder bold() {
        rPr().addNewB();
        return this;
    }

    StyleBuilder italic() {
        rPr().addNewI();
        return this;
    }

    StyleBuilder noProof() {
        rPr().addNewNoProof();
        return this;
    }

    StyleBuilder noSnapToGrid() {
        rPr().addNewSnapToGrid().setVal(STOnOff1.OFF);
        return this;
    }

    StyleBuilder color(String rgb) {
        rPr().addNewColor().setVal(rgb);
        return this;
    }

    /** Character spacing in twips: 4 expands by 0.2 pt, −2 condenses by 0.1 pt. */
    StyleBuilder characterSpacing(int twips) {
        rPr().addNewSpacing().setVal(big(twips));
        return this;
    }

    /** Horizontal scale in per cent (DGACM's Normal is 103 %). */
    StyleBuilder scale(int percent) {
        rPr().addNewW().setVal(percent);
        return this;
    }

    /** Kerning from {@code halfPoints} / 2 points up (DGACM: 14, that is 7 pt). */
    StyleBuilder kern(int halfPointsFrom) {
        rPr().addNewKern().setVal(big(halfPointsFrom));
        return this;
    }

    StyleBuilder position(int halfPointsUp) {
        rPr().addNewPosition().setVal(big(halfPointsUp));
        return this;
    }

    StyleBuilder size(double points) {
        rPr().addNewSz().setVal(halfPoints(points));
        rPr().addNewSzCs().setVal(halfPoints(points));
        return this;
    }

    StyleBuilder noUnderline() {
        rPr().addNewU().setVal(STUnderline.NONE);
        return this;
    }

    StyleBuilder superscript() {
        rPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        return this;
    }

    StyleBuilder language(String tag) {
        rPr().addNewLang().setVal(tag);
        return this;
    }
}
