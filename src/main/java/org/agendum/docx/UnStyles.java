package org.agendum.docx;


import org.agendum.model.Language;

/**
 * The style ids of the document's style catalogue, DGACM's, and the measures the body shares with it. The
 * catalogue itself, every style with its values and their sources (docs/un-format.md §3.1, §9.1), is the resource
 * {@code styles.xml} ({@link StylesPart}).
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
}
