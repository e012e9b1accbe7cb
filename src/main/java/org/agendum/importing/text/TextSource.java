package org.agendum.importing.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourcePlace;
import org.agendum.importing.source.SourceTable;
import org.agendum.model.Inline;
import org.agendum.model.TextRun;

/**
 * Plain text as a document for the recognizer: a .txt file, text pasted into the window, or the text the PDF reader
 * takes out of a PDF (pages separated by form feeds). Such text has lost the document's structure in known ways,
 * which this undoes in order:
 * <ol>
 *   <li>control characters other than tabs, line breaks and form feeds go (binary junk decoded as text);</li>
 *   <li>page furniture goes, and is listed in {@link SourceDocument#furnitureRemoved()} ({@link PageFurniture});</li>
 *   <li>footnotes at a page's foot are attached to their markers in the text ({@link PageFootnotes});</li>
 *   <li>numbers run into the text get their space back ("1.Opening" → "1. Opening"), and the list marks of web
 *       copies go (" - (a)" → "(a)");</li>
 *   <li>lines are joined into paragraphs and tables ({@link LineJoiner}), re-joining words hyphenated at a line's
 *       end ({@link Hyphenation});</li>
 *   <li>the markup of web copies becomes styles and links ({@link InlineMarkup}); in a PDF's text, the styles and links
 *       its print showed go back on their words ({@link MarkedWords}).</li>
 * </ol>
 */
public final class TextSource {
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\uFEFF\\uE000\\uE001]");
    private static final Pattern RUN_IN_NUMBER = Pattern.compile("^(\\d{1,3}\\.|\\((?:[a-z]{1,3}|[ivxlc]{1,6})\\))(?=\\p{L})");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*[-\u2022\u2013]\\s+(?=\\d{1,3}\\.|\\()");

    private TextSource() {
    }

    /**
     * @param text the text, pages separated by form feeds ("\f") where it has pages
     * @param kind {@link SourceDocument.Kind#TEXT} for a .txt or pasted text, {@link SourceDocument.Kind#PDF} for a
     *             PDF's text
     * @param name the file's name (for the report, and a symbol may be guessed from it), or a description
     */
    public static SourceDocument read(String text, SourceDocument.Kind kind, String name) {
        return read(pages(text), kind, name, List.of());
    }

    /**
     * A PDF's text as its reader took it out of the print: the same clean-up as for text, with what the print showed
     * besides ({@link LineLook}): a line that starts a paragraph (space above it, another letter size, bold ending or
     * starting) does, lines all in bold make a bold paragraph (read as a heading where it stands as one, as from
     * Word), and italic words and links go back on their words.
     */
    public static SourceDocument read(PrintedText printed, String name) {
        List<List<TextLine>> pages = new ArrayList<>();
        int number = 0;
        for (List<PrintedLine> printedPage : printed.pages()) {
            List<TextLine> page = new ArrayList<>(printedPage.size());
            for (PrintedLine line : printedPage) {
                // one printed line is one line of text, whatever breaks or controls its glyphs decode to
                String text = CONTROL.matcher(line.text().replaceAll("[\\r\\n\\f]", " ")).replaceAll("");
                page.add(new TextLine(pages.size() + 1, ++number, page.size() + 1,
                        text.indexOf('\t') >= 0 ? text : text.stripTrailing(), line.look()));
            }
            pages.add(page);
        }
        return read(pages, SourceDocument.Kind.PDF, name, printed.leftOut());
    }

    private static SourceDocument read(List<List<TextLine>> pages, SourceDocument.Kind kind, String name,
                                       List<String> leftOut) {
        boolean paged = pages.size() > 1 || kind == SourceDocument.Kind.PDF;
        List<TextLine> all = new ArrayList<>();
        pages.forEach(all::addAll);
        Hyphenation hyphenation = new Hyphenation(all);
        PageFurniture furniture = new PageFurniture();
        PageFootnotes footnotes = new PageFootnotes(hyphenation);
        Set<Integer> keptApart = new HashSet<>();
        List<TextLine> kept = new ArrayList<>();
        for (List<TextLine> page : pages) {
            List<TextLine> pageLines = new ArrayList<>();
            List<TextLine> jobLines = new ArrayList<>();
            // a line's space above it is evidence only against the line printed above it, which must still be there
            boolean afterRemoved = true;
            for (TextLine line : page) {
                switch (furniture.classify(line.text())) {
                    case REMOVED -> afterRemoved = true;
                    case JOB_LINE -> {
                        keptApart.add(line.number());
                        jobLines.add(line);
                        afterRemoved = true;
                    }
                    default -> {
                        pageLines.add(tidy(afterRemoved ? line.withLook(line.look().continuing()) : line));
                        afterRemoved = false;
                    }
                }
            }
            // the job line is the page's footer: after the page's footnotes, never in one
            kept.addAll(footnotes.extract(pageLines, paged));
            kept.addAll(jobLines);
        }
        List<LineJoiner.Block> blocks = new LineJoiner(hyphenation, keptApart, kept, kind == SourceDocument.Kind.PDF)
                .join(kept);
        InlineMarkup markup = new InlineMarkup(footnotes.notes());
        List<String> removed = new ArrayList<>(furniture.removed());
        removed.addAll(leftOut);
        List<SourceBlock> body = new ArrayList<>(blocks.size());
        for (LineJoiner.Block block : blocks) {
            SourcePlace place = new SourcePlace(body.size(), describe(block.first(), paged));
            body.add(block instanceof LineJoiner.Table t ? table(markup, t, place, paged)
                    : paragraph(markup, (LineJoiner.Paragraph) block, place, removed));
        }
        return new SourceDocument(kind, name, List.of(), body, removed);
    }

    private static List<List<TextLine>> pages(String text) {
        String clean = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        List<List<TextLine>> pages = new ArrayList<>();
        int number = 0;
        String[] pageTexts = clean.split("\f", -1);
        for (int p = 0; p < pageTexts.length; p++) {
            // the line break that ends a page's last line makes no blank line before the next page
            String pageText = p + 1 < pageTexts.length && pageTexts[p].endsWith("\n")
                    ? pageTexts[p].substring(0, pageTexts[p].length() - 1) : pageTexts[p];
            String[] lines = pageText.split("\n", -1);
            List<TextLine> page = new ArrayList<>(lines.length);
            for (int l = 0; l < lines.length; l++) {
                // a table row's trailing tabs are its empty cells
                String line = lines[l].indexOf('\t') >= 0 ? lines[l] : lines[l].stripTrailing();
                page.add(new TextLine(p + 1, ++number, l + 1, line));
            }
            if (pageText.length() == pageTexts[p].length()) {
                number--; // a form feed is not a line break: the next page's first line is on the same line
            }
            pages.add(page);
        }
        return pages;
    }

    private static TextLine tidy(TextLine line) {
        if (line.text().indexOf('\t') >= 0) {
            return line;
        }
        String text = LIST_MARK.matcher(line.text()).replaceFirst("");
        text = RUN_IN_NUMBER.matcher(text.strip()).replaceFirst("$1 ");
        return line.withText(text);
    }

    private static SourceParagraph paragraph(InlineMarkup markup, String text, SourcePlace place) {
        return new SourceParagraph(markup.inlines(text), "", "", SourceParagraph.Alignment.LEFT, 0, place);
    }

    /** A paragraph printed in bold throughout is bold; a printed style or link goes on the words it was on. */
    private static SourceParagraph paragraph(InlineMarkup markup, LineJoiner.Paragraph paragraph, SourcePlace place,
                                             List<String> removed) {
        List<Inline> inlines = markup.inlines(paragraph.text());
        if (paragraph.bold()) {
            inlines = inlines.stream().map(inline -> inline instanceof TextRun run
                    ? (Inline) new TextRun(run.text(), run.style().withBold(true)) : inline).toList();
        }
        inlines = MarkedWords.apply(inlines, paragraph.marks(), mark -> removed.add("a link to " + mark.style().link()
                + " on \u201C" + mark.text() + "\u201D (" + place + "): its words were not found in the paragraph, "
                + "left unlinked"));
        return new SourceParagraph(inlines, "", "", SourceParagraph.Alignment.LEFT, 0, place);
    }

    /** A table whose cells' paragraphs are placed at their row's line, in the table's order. */
    private static SourceTable table(InlineMarkup markup, LineJoiner.Table table, SourcePlace place, boolean paged) {
        List<SourceTable.Row> rows = new ArrayList<>();
        int line = 0;
        for (List<String> cells : table.rows()) {
            List<SourceTable.Cell> row = new ArrayList<>();
            for (String cell : cells) {
                SourcePlace cellPlace = new SourcePlace(place.order(), describe(table.lines().get(line), paged));
                row.add(new SourceTable.Cell(List.of(paragraph(markup, cell.strip(), cellPlace)), 1, false));
            }
            rows.add(new SourceTable.Row(row));
            line++;
        }
        return new SourceTable(rows, place);
    }

    private static String describe(TextLine line, boolean paged) {
        return paged ? "page " + line.page() + ", line " + line.lineOnPage() : "line " + line.number();
    }
}
