package org.agendum.docx;

import static org.agendum.docx.Twips.big;
import static org.agendum.docx.Twips.halfPoints;

import java.util.List;
import org.agendum.model.Language;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The style catalogue of the document, with DGACM's style ids and display names so that UN editors find the
 * styles they know (docs/un-format.md §3.1, §9.1). Every value is the one read in A/80/590's styles.xml (confirmed)
 * unless a comment says otherwise. The body text uses these styles; direct formatting is limited to what the
 * real files also format directly (heading indents, the footnote indent, masthead cells).
 */
final class UnStyles {
    static final String NORMAL = "Normal";
    static final String SINGLE_TXT = "SingleTxt";
    static final String H1 = "H1";
    static final String HCH = "HCh";
    static final String H23 = "H23";
    static final String H4 = "H4";
    static final String H56 = "H56";
    static final String HM = "HM";
    static final String XLARGE = "XLarge";
    static final String TITLE_HCH = "TitleHCH";
    static final String TITLE_H1 = "TitleH1";
    static final String SESSION = "Session";
    static final String AGENDA_ITEM_NORMAL = "AgendaItemNormal";
    static final String AGENDA_TITLE_H2 = "AgendaTitleH2";
    static final String PUBLICATION = "Publication";
    static final String RELEASE_DATE = "ReleaseDate";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    static final String HYPERLINK = "Hyperlink";
    static final String TABLE_HEAD = "TableHead";
    static final String TABLE_TEXT = "TableText";

    static final String TIMES = "Times New Roman";
    /** The font of the Code 39 barcode line in the first-page footer; not embedded (its licence is unknown). */
    static final String BARCODE_FONT = "Barcode 3 of 9 by request";

    /** SingleTxt's tab stops: the body indent, then every ~475 twips (0.33 in). */
    static final int[] BODY_TABS = {1267, 1742, 2218, 2693, 3182, 3658, 4133, 4622, 5098, 5573, 6048};
    /** Where a heading's number ends: a right tab just before the text's indent. */
    static final int NUMBER_TAB = 1022;
    /** settings.xml's default tab stop in A/80/590. */
    static final int DEFAULT_TAB_STOP = 475;

    private UnStyles() {
    }

    /** The language tag of the runs: A/80/590 tags English runs en-GB; the others follow the same pattern. */
    static String languageTag(Language language) {
        return switch (language) {
            case ENGLISH -> "en-GB";
            case FRENCH -> "fr-FR";
            case SPANISH -> "es-ES";
            case RUSSIAN -> "ru-RU";
            case CHINESE -> "zh-CN";
            case ARABIC -> "ar-SA";
        };
    }

    static void addTo(XWPFDocument document, Language language) {
        XWPFStyles styles = document.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        defaults(ct.addNewDocDefaults(), languageTag(language));
        for (CTStyle style : catalogue(languageTag(language))) {
            ct.addNewStyle().set(style);
        }
        styles.setStyles(ct);
    }

    /**
     * Document defaults. A/80/590 keeps Office's (Calibri 11 pt) and puts the UN look in Normal; here the
     * defaults are Times New Roman 10 pt as well, so that anything outside a style (a table's empty cell) looks
     * the same. Changed deliberately; it does not alter any styled text.
     */
    private static void defaults(CTDocDefaults defaults, String language) {
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(TIMES);
        fonts.setHAnsi(TIMES);
        fonts.setCs(TIMES);
        fonts.setEastAsia(TIMES);
        run.addNewSz().setVal(halfPoints(10));
        run.addNewSzCs().setVal(halfPoints(10));
        run.addNewLang().setVal(language);
        var spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(big(0));
        spacing.setLine(big(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    private static List<CTStyle> catalogue(String language) {
        return List.of(
                StyleBuilder.paragraph(NORMAL, "Normal").byDefault().quickFormat()
                        .suppressAutoHyphens().spaceAfter(0).exactLine(240)
                        .font(TIMES).characterSpacing(4).scale(103).size(10).language(language).build(),
                StyleBuilder.character("DefaultParagraphFont", "Default Paragraph Font").byDefault().semiHidden()
                        .build(),
                tableNormal(),
                StyleBuilder.paragraph(SINGLE_TXT, "__Single Txt").custom().basedOn(NORMAL).quickFormat()
                        .leftTabs(BODY_TABS).spaceAfter(120).indent(1267, 1267).justify(STJc.BOTH)
                        .kern(14).build(),
                StyleBuilder.paragraph(H1, "_ H_1").custom().basedOn(NORMAL).next(SINGLE_TXT).quickFormat()
                        .keepNext().keepLines().exactLine(270).outlineLevel(0)
                        .bold().kern(14).size(12).build(),
                StyleBuilder.paragraph(HCH, "_ H _Ch").custom().basedOn(H1).next(SINGLE_TXT).quickFormat()
                        .exactLine(300).characterSpacing(-2).size(14).build(),
                StyleBuilder.paragraph(H23, "_ H_2/3").custom().basedOn(H1).next(SINGLE_TXT).quickFormat()
                        .exactLine(240).outlineLevel(1).characterSpacing(2).size(10).build(),
                StyleBuilder.paragraph(H4, "_ H_4").custom().basedOn(NORMAL).next(NORMAL).quickFormat()
                        .keepNext().keepLines().rightTab(360).outlineLevel(3)
                        .italic().characterSpacing(3).kern(14).build(),
                StyleBuilder.paragraph(H56, "_ H_5/6").custom().basedOn(NORMAL).next(NORMAL).quickFormat()
                        .keepNext().keepLines().rightTab(360).outlineLevel(4).kern(14).build(),
                StyleBuilder.paragraph(HM, "_ H __M").custom().basedOn(HCH).next(NORMAL).quickFormat()
                        .exactLine(360).characterSpacing(-3).scale(99).size(17).build(),
                StyleBuilder.paragraph(XLARGE, "XLarge").custom().basedOn(HM).quickFormat()
                        .rightDotTab(360).exactLine(390).characterSpacing(-4).scale(98).size(20).build(),
                titleStyle(StyleBuilder.paragraph(TITLE_HCH, "Title_H_CH").custom().basedOn(HCH).next(SINGLE_TXT)
                        .quickFormat()).build(),
                titleStyle(StyleBuilder.paragraph(TITLE_H1, "Title_H1").custom().basedOn(H1).next(SINGLE_TXT)
                        .quickFormat().noKeeps()).noSnapToGrid().build(),
                StyleBuilder.paragraph(SESSION, "Session").custom().basedOn(H23).build(),
                // "Item 2 of the provisional agenda" and, bold under it, the item's title in the left half of
                // the page (right indent 4260); the paragraph sets left 0 and no hanging, as A/80/590's does
                StyleBuilder.paragraph(AGENDA_ITEM_NORMAL, "Agenda_Item_Normal").custom().next(NORMAL).quickFormat()
                        .spaceAfter(0).exactLine(240).font(TIMES).characterSpacing(4).scale(103).kern(14).size(10)
                        .language(language).build(),
                StyleBuilder.paragraph(AGENDA_TITLE_H2, "Agenda_Title_H2").custom().basedOn(TITLE_H1).next(NORMAL)
                        .quickFormat().keepNext().keepLines().exactLine(240).rightIndent(4260).outlineLevel(1)
                        .size(10).build(),
                StyleBuilder.paragraph(PUBLICATION, "Publication").custom().next(NORMAL).quickFormat()
                        .spaceAfter(0).singleLine().font(TIMES).characterSpacing(4).scale(103).size(10)
                        .language(language).build(),
                // A/80/590 has two such styles; the first-page footer uses the one named "Release Date"
                StyleBuilder.paragraph(RELEASE_DATE, "Release Date").custom().next(FOOTER)
                        .spaceAfter(0).singleLine().font(TIMES).characterSpacing(4).scale(103).kern(14).size(10)
                        .language(language).build(),
                StyleBuilder.paragraph(HEADER, "header").quickFormat()
                        .centerTab(4320).rightTab(8640).spaceAfter(0).singleLine()
                        .font(TIMES).noProof().size(8.5).build(),
                StyleBuilder.paragraph(FOOTER, "footer").quickFormat()
                        .centerTab(4320).rightTab(8640).spaceAfter(0).singleLine()
                        .font(TIMES).bold().noProof().size(8.5).build(),
                StyleBuilder.paragraph(FOOTNOTE_TEXT, "footnote text").basedOn(NORMAL)
                        .rightTab(418).exactLine(210).indent(475, 0).hanging(475)
                        .characterSpacing(5).scale(104).size(8.5).build(),
                StyleBuilder.character(FOOTNOTE_REFERENCE, "footnote reference").semiHidden()
                        .color("auto").characterSpacing(5).scale(103).kern(14).position(0).superscript().build(),
                StyleBuilder.character(HYPERLINK, "Hyperlink").basedOn("DefaultParagraphFont")
                        .color("0000FF").noUnderline().build(),
                // Agendum's names: A/80/590 formats its table cells directly with these values (confirmed),
                // naming them as styles is this export's choice (inferred)
                StyleBuilder.paragraph(TABLE_TEXT, "Table text").custom().basedOn(NORMAL).quickFormat()
                        .spaceBefore(40).spaceAfter(40).exactLine(210).size(8.5).build(),
                StyleBuilder.paragraph(TABLE_HEAD, "Table head").custom().basedOn(TABLE_TEXT).next(TABLE_TEXT)
                        .quickFormat().keepNext().keepLines().spaceBefore(81).spaceAfter(81).exactLine(160)
                        .italic().size(7).build());
    }

    /** The title styles' number tab at 1022, the body tabs after it, and the hanging indent of 1267. */
    private static StyleBuilder titleStyle(StyleBuilder builder) {
        return builder.rightTab(NUMBER_TAB).leftTabs(BODY_TABS).indent(1267, 1267).hanging(1267);
    }

    /** Word's default table style, with its 108-twip cell margins (written so that readers agree on them). */
    private static CTStyle tableNormal() {
        CTStyle style = StyleBuilder.table("TableNormal", "Normal Table").byDefault().semiHidden().build();
        var tblPr = style.addNewTblPr();
        tblPr.addNewTblInd().setW(big(0));
        tblPr.getTblInd().setType(STTblWidth.DXA);
        CTTblCellMar margins = tblPr.addNewTblCellMar();
        setWidth(margins.addNewTop(), 0);
        setWidth(margins.addNewLeft(), 108);
        setWidth(margins.addNewBottom(), 0);
        setWidth(margins.addNewRight(), 108);
        return style;
    }

    private static void setWidth(CTTblWidth width, int twips) {
        width.setW(big(twips));
        width.setType(STTblWidth.DXA);
    }
}
