package org.agendum.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agendum.importing.pdf.PageLines.Word;

/**
 * Turns a page's lines of positioned words into lines of text in reading order, each with how it is laid on the page
 * ({@link LaidLine}). Words far apart on a line (a table's cells, a number and its text at a tab stop) are separated
 * by a tab, others by a space; but a justified line's words, spaced alike however wide, by a space, and words a font
 * change cut apart (a quote and the italic title it opens, a word and its footnote's raised number) by nothing. At
 * the top of the first page, where UN mastheads set two columns side by side (the body's name on the left, "Distr.:
 * General", the date and "Original: English" on the right), consecutive lines split into the same two columns are
 * read column by column, so that each column's wrapped text reads on instead of interleaving line by line. Further
 * down, columns are tables, which read row by row.
 */
final class ReadingOrder {
    /** A gap between words wider than this (in points) is a column or a tab stop, not a space. */
    static final float TAB_GAP = 12f;
    /** Lines whose second column starts within this distance (points) belong to one two-column block. */
    private static final float SAME_COLUMN = 4f;

    /**
     * A list label at the start of a line ("1.", "(a)", "(ii)", "a.", "II."): the tab stop after it is the label's, not
     * a column's, so it reads as a space, as the text reader expects of a list entry (a tab would make the line a
     * table's row).
     */
    private static final Pattern LABEL = Pattern.compile("\\d{1,3}\\.|\\([a-z]{1,7}\\)|[a-z]\\.|[IVXL]{1,6}\\.");

    private ReadingOrder() {
    }

    /** The page's lines in reading order, each with how it is laid on the page. */
    static List<LaidLine> page(List<List<Word>> lines, boolean firstPage) {
        List<LaidLine> out = new ArrayList<>();
        int i = 0;
        boolean afterColumns = false;
        if (firstPage) {
            while (i < lines.size()) {
                List<List<Word>> halves = columns(lines.get(i));
                if (halves == null) {
                    break;
                }
                int end = i + 1;
                while (end < lines.size() && sameColumns(halves, columns(lines.get(end)))) {
                    end++;
                }
                if (end - i == 1) {
                    out.add(line(lines.get(i), i > 0 && !afterColumns));
                    afterColumns = false;
                } else {
                    afterColumns = true;
                    for (int side = 0; side < 2; side++) {
                        for (int k = i; k < end; k++) {
                            out.add(line(columns(lines.get(k)).get(side), false));
                        }
                    }
                }
                i = end;
            }
        }
        List<Word> row = null;
        for (; i < lines.size(); i++) {
            List<Word> line = lines.get(i);
            if (row != null && continuesLastCell(row, line)) {
                out.set(out.size() - 1, out.get(out.size() - 1).readOn(text(line), line(line, true)));
                continue;
            }
            // the line after the masthead's columns follows the right column's last line, not the line above it
            LaidLine laid = line(line, i > 0 && !afterColumns);
            afterColumns = false;
            out.add(laid);
            row = laid.text().indexOf('\t') >= 0 ? line : null;
        }
        return out;
    }

    /** The page's text: its lines in reading order, one after the other. */
    static String pageText(List<LaidLine> page) {
        return String.join("\n", page.stream().map(LaidLine::text).toList());
    }

    private static LaidLine line(List<Word> words, boolean inFlow) {
        return LaidLine.of(text(words), words, inFlow);
    }

    /**
     * Whether a line is a table cell's text wrapped onto the next line: a line without a column gap that starts where
     * the last cell of the row above starts (the annex's long titles and their "(continued)"). It reads on in that
     * cell, as the table's row reads in a Word document, instead of making a row of its own.
     */
    private static boolean continuesLastCell(List<Word> row, List<Word> line) {
        for (int k = 1; k < line.size(); k++) {
            if (line.get(k).left() - line.get(k - 1).right() > TAB_GAP) {
                return false;
            }
        }
        float lastCell = row.get(0).left();
        for (int k = 1; k < row.size(); k++) {
            if (row.get(k).left() - row.get(k - 1).right() > TAB_GAP) {
                lastCell = row.get(k).left();
            }
        }
        return lastCell > row.get(0).left() && Math.abs(line.get(0).left() - lastCell) <= SAME_COLUMN;
    }

    /** The line's two columns, when it has exactly one gap as wide as a tab; otherwise null. */
    private static List<List<Word>> columns(List<Word> line) {
        int split = -1;
        for (int k = 1; k < line.size(); k++) {
            if (line.get(k).left() - line.get(k - 1).right() > TAB_GAP) {
                if (split >= 0) {
                    return null;
                }
                split = k;
            }
        }
        return split < 0 ? null : List.of(line.subList(0, split), line.subList(split, line.size()));
    }

    private static boolean sameColumns(List<List<Word>> block, List<List<Word>> line) {
        return line != null && Math.abs(line.get(1).get(0).left() - block.get(1).get(0).left()) <= SAME_COLUMN;
    }

    static String text(List<Word> words) {
        boolean labelled = words.size() > 1 && LABEL.matcher(words.get(0).text()).matches();
        boolean justified = justified(words, labelled ? 2 : 1);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
            if (k > 0 && !glued(words.get(k - 1), words.get(k))) {
                boolean wide = words.get(k).left() - words.get(k - 1).right() > TAB_GAP;
                out.append(wide && !justified && !(k == 1 && labelled) ? '\t' : ' ');
            }
            out.append(words.get(k).text());
        }
        return out.toString();
    }

    /** Marks that open a phrase (the word after them follows with no space) and that close one. */
    private static final String OPENING = "\u201C\u2018\"'([";
    private static final String CLOSING = "\u201D\u2019\"')].,;:";
    /** A space is a quarter of the letters' size or more in a word processor's fonts; less is a font change's edge. */
    private static final float NO_SPACE = 0.2f;
    /** A footnote's number is set at two thirds of its text's size or so; a letter size this much smaller is one. */
    private static final float SMALLER = 0.85f;

    /**
     * Whether two words are one, cut apart by a change of font: less than a space apart, and the first ending in an
     * opening mark (a quote before an italic title), the second starting with a closing one, or the second set
     * smaller and raised (a footnote's number after the word or full stop it is called from, "included.4").
     */
    private static boolean glued(Word before, Word after) {
        if (before.text().isEmpty() || after.text().isEmpty() || before.size() <= 0
                || after.left() - before.right() >= before.size() * NO_SPACE) {
            return false;
        }
        return OPENING.indexOf(before.text().charAt(before.text().length() - 1)) >= 0
                || CLOSING.indexOf(after.text().charAt(0)) >= 0
                || after.size() < before.size() * SMALLER && after.baseline() < before.baseline();
    }


    /**
     * Spaces between words justified to one width differ by a point or a tenth at the most (a word processor rounds
     * each word's place); a table's cells are set apart by their columns' widths.
     */
    private static final float EVEN_POINTS = 1f;
    private static final float EVEN_SHARE = 0.1f;

    /**
     * Whether the words from {@code first} on are a justified line stretched to the margin: three or more words, all
     * spaced alike. Such a line with few words spaces them wider than a tab stop, and is no table's row.
     */
    private static boolean justified(List<Word> words, int first) {
        if (words.size() - first < 2) {
            return false;
        }
        float narrowest = Float.MAX_VALUE;
        float widest = 0;
        for (int k = first; k < words.size(); k++) {
            float gap = words.get(k).left() - words.get(k - 1).right();
            narrowest = Math.min(narrowest, gap);
            widest = Math.max(widest, gap);
        }
        return widest - narrowest < Math.max(EVEN_POINTS, narrowest * EVEN_SHARE);
    }
}
