package org.agendum.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.agendum.model.Language;
import org.agendum.model.Masthead;
import org.agendum.typography.UnDates;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

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

    private MastheadWriter() {
    }

    static void write(XWPFDocument document, Masthead masthead, PageGeometry page, EmblemImage emblem)
            throws IOException {
        XWPFHeader header = document.createHeader(HeaderFooterType.FIRST);
        FixedTable table = FixedTable.of(header.createTable(1, 1), MastheadLayout.columns(page.textWidth()));

        XWPFTableRow top = table.row();
        FixedTable.exactHeight(top, TOP_ROW);
        XWPFTableCell margin = topCell(table, top, 0, 1);
        Paragraphs.spaceAfter(Paragraphs.styled(first(margin), UnStyles.HEADER), 120);
        XWPFTableCell unitedNations = topCell(table, top, 1, 1);
        unitedNations(first(unitedNations));
        XWPFTableCell gap = topCell(table, top, 2, 1);
        Paragraphs.spaceAfter(Paragraphs.styled(first(gap), UnStyles.HEADER), 120);
        XWPFTableCell symbol = topCell(table, top, 3, 3);
        symbol(first(symbol), DocxText.clean(masthead.symbol()).strip());

        XWPFTableRow main = table.row();
        FixedTable.exactHeight(main, MAIN_ROW);
        XWPFTableCell emblemCell = mainCell(table, main, 0, 1);
        emblem(first(emblemCell), emblem);
        XWPFTableCell name = mainCell(table, main, 1, 3);
        bodyName(first(name), masthead.bodyName());
        XWPFTableCell gap2 = mainCell(table, main, 4, 1);
        Paragraphs.spaceBefore(Paragraphs.styled(first(gap2), UnStyles.HEADER), 109);
        distribution(mainCell(table, main, 5, 1), masthead);

        // Word needs a paragraph after a table; this one is 1 pt high, as in A/80/590, with 10 pt after it so
        // that the first line of the page does not touch the rule (A/80/590 rendered shows about that gap)
        XWPFParagraph end = Paragraphs.styled(header.createParagraph(), UnStyles.HEADER);
        Paragraphs.spaceAfter(end, 200);
        Paragraphs.markSize(end, 1);
    }

    private static XWPFTableCell topCell(FixedTable table, XWPFTableRow row, int column, int span) {
        XWPFTableCell cell = table.cell(row, column, span);
        FixedTable.rule(cell, FixedTable.Side.BOTTOM, FixedTable.HALF_POINT);
        FixedTable.alignBottom(cell);
        return cell;
    }

    private static XWPFTableCell mainCell(FixedTable table, XWPFTableRow row, int column, int span) {
        XWPFTableCell cell = table.cell(row, column, span);
        FixedTable.rule(cell, FixedTable.Side.TOP, FixedTable.HALF_POINT);
        FixedTable.rule(cell, FixedTable.Side.BOTTOM, FixedTable.POINT_AND_HALF);
        return cell;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    /** "United Nations": HCh not bold, +0.1 pt, 96 % (confirmed). Language-specific forms are out of scope. */
    private static void unitedNations(XWPFParagraph paragraph) {
        Paragraphs.styled(paragraph, UnStyles.HCH);
        Paragraphs.spaceAfter(paragraph, 80);
        XWPFRun run = Paragraphs.text(paragraph, "United Nations");
        run.setBold(false);
        run.setCharacterSpacing(2);
        run.setTextScale(96);
    }

    /**
     * The symbol, right-aligned and lowered 2 pt. A one-letter series ("A/80/590", "E/CN.15/2011/1") is set
     * large (20 pt) and the rest at 10 pt (confirmed for A and E); longer series ("CTOC/…", "CAC/…") come out
     * as one piece in Vienna extractions, so the whole symbol is one 10-pt run (inferred).
     */
    private static void symbol(XWPFParagraph paragraph, String symbol) {
        Paragraphs.alignRight(paragraph);
        Paragraphs.spaceAfter(paragraph, 80);
        if (symbol.isEmpty()) {
            return;
        }
        int slash = symbol.indexOf('/');
        if (slash == 1 && Character.isUpperCase(symbol.charAt(0))) {
            XWPFRun series = Paragraphs.text(paragraph, symbol.substring(0, 1));
            series.setTextPosition(-4);
            series.setFontSize(20);
            XWPFRun rest = Paragraphs.text(paragraph, symbol.substring(1));
            rest.setTextPosition(-4);
        } else {
            Paragraphs.text(paragraph, symbol).setTextPosition(-4);
        }
    }

    private static void emblem(XWPFParagraph paragraph, EmblemImage emblem) throws IOException {
        Paragraphs.styled(paragraph, UnStyles.HEADER);
        Paragraphs.spaceBefore(paragraph, 120);
        Paragraphs.alignCenter(paragraph);
        if (emblem == null) {
            return;
        }
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(emblem.bytes()), emblem.type(),
                    emblem.fileName(), emblem.widthEmu(), emblem.heightEmu());
        } catch (InvalidFormatException e) {
            throw new EmblemImageException("The emblem picture " + emblem.fileName() + " cannot be used: "
                    + e.getMessage(), e);
        }
    }

    private static void bodyName(XWPFParagraph paragraph, String bodyName) {
        Paragraphs.styled(paragraph, UnStyles.XLARGE);
        Paragraphs.spaceBefore(paragraph, 109);
        String name = DocxText.clean(bodyName).strip();
        XWPFRun run = Paragraphs.text(paragraph, name);
        if (name.length() > XLARGE_NAME_LENGTH) {
            run.setFontSize(16);
            Paragraphs.exactLine(paragraph, 360);
        }
    }

    /**
     * "Distr.: General" (Publication, 12 pt before), the date, an empty line and "Original: English", as
     * A/80/590 (confirmed). A version in another language adds its name above "Original:", as Russian and
     * Chinese versions do in English (confirmed, §8); the labels stay English (other languages are out of
     * scope). A language-coverage line ("English, French and Spanish only") goes last (position inferred).
     */
    private static void distribution(XWPFTableCell cell, Masthead masthead) {
        XWPFParagraph distr = Paragraphs.styled(first(cell), UnStyles.PUBLICATION);
        Paragraphs.spaceBefore(distr, 240);
        Paragraphs.text(distr, "Distr.: " + masthead.distribution().label());
        Paragraphs.text(cell.addParagraph(), UnDates.date(masthead.issueDate()));
        cell.addParagraph();
        Language original = masthead.originalLanguage();
        if (masthead.versionLanguage() != original) {
            Paragraphs.text(cell.addParagraph(), masthead.versionLanguage().englishName());
        }
        Paragraphs.text(cell.addParagraph(), "Original: " + original.englishName());
        String coverage = DocxText.clean(masthead.languageCoverage()).strip();
        if (!coverage.isEmpty()) {
            Paragraphs.text(cell.addParagraph(), coverage);
        }
    }
}
