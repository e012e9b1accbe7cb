package org.agendum.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agendum.importing.pdf.PageLines.Word;

/**
 * Turns a page's lines of positioned words into text in reading order. Words far apart on a line (a table's
 * cells, a number and its text at a tab stop) are separated by a tab, others by a space. At the top of the first
 * page, where UN mastheads set two columns side by side (the body's name on the left, "Distr.: General", the
 * date and "Original: English" on the right), consecutive lines split into the same two columns are read
 * column by column, so that each column's wrapped text reads on instead of interleaving line by line. Further
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

    static String page(List<List<Word>> lines, boolean firstPage) {
        List<String> out = new ArrayList<>();
        int i = 0;
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
                    out.add(text(lines.get(i)));
                } else {
                    for (int side = 0; side < 2; side++) {
                        for (int k = i; k < end; k++) {
                            out.add(text(columns(lines.get(k)).get(side)));
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
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + text(line));
                continue;
            }
            out.add(text(line));
            row = text(line).indexOf('\t') >= 0 ? line : null;
        }
        return String.join("\n", out);
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
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
            if (k > 0) {
                boolean wide = words.get(k).left() - words.get(k - 1).right() > TAB_GAP;
                out.append(wide && !(k == 1 && LABEL.matcher(words.get(0).text()).matches()) ? '\t' : ' ');
            }
            out.append(words.get(k).text());
        }
        return out.toString();
    }
}
