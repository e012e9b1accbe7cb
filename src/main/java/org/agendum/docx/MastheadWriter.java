package org.agendum.docx;

import java.util.Locale;
import org.agendum.model.Language;
import org.agendum.model.Masthead;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.LanguageTable;

/**
 * The first-page masthead, in the first-page header as A/80/590 has it (docs/un-format.md §4.2, confirmed): a
 * borderless fixed table the width of the text.
 *
 * <pre>
 * | (empty) | United Nations |   | symbol, right-aligned          |   ← row 1: exact 0.6 in, ½-pt rule under it
 * | emblem  | body name                | Distr.: General          |   ← row 2: exact 2 in, 1½-pt rule under it
 * |         |                          | 9 April 2018 / Original: English |
 * </pre>
 *
 * Grid 1267 | 1872 | 245 | rest | 245 | 3096 ({@link MastheadLayout}, which the window's preview draws from too).
 * For Vienna the body name takes the organ's place (confirmed from Vienna text extractions); its size there
 * is not known: DGACM's XLarge (20 pt) suits an organ name like "General Assembly", but a treaty body's name
 * ("Conference of the Parties to the United Nations Convention against Transnational Organized Crime")
 * must wrap over three lines in the 9-cm column, so long names are set at 16 pt on an 18-pt line (inferred,
 * §4.3 suggests 14–16 pt).
 */
final class MastheadWriter {
    private static final int TOP_ROW = MastheadLayout.TOP_ROW;
    private static final int MAIN_ROW = MastheadLayout.MAIN_ROW;
    private static final int XLARGE_NAME_LENGTH = MastheadLayout.XLARGE_NAME_LENGTH;
    /** Row 1's cells: the ½-pt rule under them, their text at the bottom. */
    private static final FixedTable.Cell TOP = new FixedTable.Cell(0, FixedTable.HALF_POINT, true);
    /** Row 2's cells: between the ½-pt rule and the 1½-pt rule. */
    private static final FixedTable.Cell MAIN = new FixedTable.Cell(FixedTable.HALF_POINT, FixedTable.POINT_AND_HALF,
            false);

    private MastheadWriter() {
    }

    /** The first-page header {@code part}, and the emblem's picture part when there is one. */
    static void write(WordPackage word, String part, Masthead masthead, DocumentLanguage language, PageGeometry page,
                      EmblemImage emblem) {
        try (WordPart header = WordPart.header(word, part)) {
            ContentWriter out = header.content();
            FixedTable table = FixedTable.of(out, MastheadLayout.columns(page.textWidth()));

            table.row(FixedTable.Row.exactly(TOP_ROW));
            table.textCell(0, TOP, ParagraphFormat.styled(UnStyles.HEADER).spaceAfter(120), "");
            table.cell(1, 1, TOP);
            unitedNations(out, language);
            table.endCell();
            table.textCell(2, TOP, ParagraphFormat.styled(UnStyles.HEADER).spaceAfter(120), "");
            table.cell(3, 3, TOP);
            symbol(out, DocxText.clean(masthead.symbol()).strip());
            table.endCell();
            table.endRow();

            table.row(FixedTable.Row.exactly(MAIN_ROW));
            table.cell(0, 1, MAIN);
            emblem(word, part, out, emblem);
            table.endCell();
            table.cell(1, 3, MAIN);
            bodyName(out, masthead.bodyName());
            table.endCell();
            table.textCell(4, MAIN, ParagraphFormat.styled(UnStyles.HEADER).spaceBefore(109), "");
            table.cell(5, 1, MAIN);
            distribution(out, masthead, language);
            table.endCell();
            table.endRow();
            table.end();

            // Word needs a paragraph after a table; this one is 1 pt high, as in A/80/590, with 10 pt after it so
            // that the first line of the page does not touch the rule (A/80/590 rendered shows about that gap)
            out.emptyParagraph(ParagraphFormat.styled(UnStyles.HEADER).spaceAfter(200).markSize(1));
        }
    }

    /** "United Nations" in the version's language: HCh not bold, +0.1 pt, 96 % (confirmed for English). */
    private static void unitedNations(ContentWriter out, DocumentLanguage language) {
        out.paragraph(ParagraphFormat.styled(UnStyles.HCH).spaceAfter(80));
        out.text(language.label("unitedNations"), RunFormat.NONE.withBold(false).withSpacing(2).withScale(96));
        out.endParagraph();
    }

    /**
     * The symbol, right-aligned and lowered 2 pt. A one-letter series ("A/80/590", "E/CN.15/2011/1") is set
     * large (20 pt) and the rest at 10 pt (confirmed for A and E); longer series ("CTOC/…", "CAC/…") come out
     * as one piece in Vienna extractions, so the whole symbol is one 10-pt run (inferred).
     */
    private static void symbol(ContentWriter out, String symbol) {
        out.paragraph(ParagraphFormat.plain().alignRight().spaceAfter(80));
        RunFormat lowered = RunFormat.NONE.withPosition(-4);
        if (symbol.indexOf('/') == 1 && Character.isUpperCase(symbol.charAt(0))) {
            out.text(symbol.substring(0, 1), lowered.withSize(20));
            out.text(symbol.substring(1), lowered);
        } else if (!symbol.isEmpty()) {
            out.text(symbol, lowered);
        }
        out.endParagraph();
    }

    private static void emblem(WordPackage word, String part, ContentWriter out, EmblemImage emblem) {
        out.paragraph(ParagraphFormat.styled(UnStyles.HEADER).spaceBefore(120).alignCenter());
        if (emblem != null) {
            String media = "media/image1." + emblem.type().extension;
            word.part("word/" + media, emblem.type().contentType, emblem.bytes());
            InlinePicture.write(out, word.relationshipsOf(part).add(Relationships.IMAGE, media), emblem);
        }
        out.endParagraph();
    }

    private static void bodyName(ContentWriter out, String bodyName) {
        String name = DocxText.clean(bodyName).strip();
        boolean longName = name.length() > XLARGE_NAME_LENGTH;
        ParagraphFormat format = ParagraphFormat.styled(UnStyles.XLARGE).spaceBefore(109);
        out.paragraph(longName ? format.exactLine(360) : format);
        out.text(name, longName ? RunFormat.NONE.withSize(16) : RunFormat.NONE);
        out.endParagraph();
    }

    /**
     * "Distr.: General" (Publication, 12 pt before), the date, an empty line and "Original: English", as
     * A/80/590 (confirmed). A version in another language adds its name above "Original:". The block is the
     * version's language's: French and Spanish versions print it in their language ("Distr. générale", "Original :
     * anglais"), Russian, Chinese and Arabic ones in English, date included (docs/languages.md). A
     * language-coverage line ("English, French and Spanish only") goes last (position inferred).
     */
    private static void distribution(ContentWriter out, Masthead masthead, DocumentLanguage language) {
        line(out, ParagraphFormat.styled(UnStyles.PUBLICATION).spaceBefore(240),
                language.label("masthead.distribution." + masthead.distribution().name().toLowerCase(Locale.ROOT)));
        line(out, ParagraphFormat.plain(), language.mastheadDates().date(masthead.issueDate()));
        out.emptyParagraph(ParagraphFormat.plain());
        Language original = masthead.originalLanguage();
        if (masthead.versionLanguage() != original) {
            line(out, ParagraphFormat.plain(), language.label("masthead.version"));
        }
        line(out, ParagraphFormat.plain(), LanguageTable.fill(language.label("masthead.original"), "language",
                language.label("masthead.language." + original.code())));
        String coverage = DocxText.clean(masthead.languageCoverage()).strip();
        if (!coverage.isEmpty()) {
            line(out, ParagraphFormat.plain(), coverage);
        }
    }

    private static void line(ContentWriter out, ParagraphFormat format, String text) {
        out.paragraph(format);
        out.text(text);
        out.endParagraph();
    }
}
