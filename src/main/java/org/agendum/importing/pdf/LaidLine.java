package org.agendum.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import org.agendum.importing.pdf.PageLines.StyledPiece;
import org.agendum.importing.pdf.PageLines.Word;
import org.agendum.importing.text.LineLook;

/**
 * A line of text as it is laid on the page: its characters in reading order, where it starts (left edge), its
 * baseline, the size of most of its letters, whether all of them are bold, its words in a style of their own
 * (bold, italic, linked: {@link LineLook.Mark}), and whether it follows the line before it down the page
 * ({@code false} for a page's first line and for the masthead's columns,
 * read one after the other: the space above such a line says nothing of a paragraph).
 */
record LaidLine(String text, float left, float baseline, float size, boolean bold, List<LineLook.Mark> marks,
                boolean inFlow) {
    LaidLine {
        marks = List.copyOf(marks);
    }

    /** The line of these words, {@code text} being how they read. */
    static LaidLine of(String text, List<Word> words, boolean inFlow) {
        float baseline = Float.NEGATIVE_INFINITY;
        boolean bold = true;
        for (Word word : words) {
            baseline = Math.max(baseline, word.baseline());
            bold &= word.bold();
        }
        return new LaidLine(text, words.get(0).left(), baseline, mostLettersSize(words), bold, marks(words), inFlow);
    }

    /** This line with a wrapped cell's next line read on in it: its baseline is then that of the lower line. */
    LaidLine readOn(String more, LaidLine lower) {
        List<LineLook.Mark> all = new ArrayList<>(marks);
        all.addAll(lower.marks);
        return new LaidLine(text + " " + more, left, lower.baseline, size, bold && lower.bold, all, inFlow);
    }

    private static float mostLettersSize(List<Word> words) {
        float size = 0;
        int most = 0;
        for (Word word : words) {
            int letters = 0;
            for (Word other : words) {
                if (other.size() == word.size()) {
                    letters += other.text().length();
                }
            }
            if (letters > most) {
                most = letters;
                size = word.size();
            }
        }
        return size;
    }

    /**
     * The words' styled pieces as the line's marks: a style's pieces on neighbouring words read on with the space
     * between them.
     */
    private static List<LineLook.Mark> marks(List<Word> words) {
        List<LineLook.Mark> out = new ArrayList<>();
        StyledPiece open = null;
        boolean openFromStart = false;
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            for (StyledPiece piece : word.pieces()) {
                if (open != null && open.atEnd() && piece.atStart() && open.style().equals(piece.style())) {
                    text.append(' ').append(piece.text());
                } else {
                    if (open != null) {
                        out.add(new LineLook.Mark(text.toString(), open.style(), openFromStart, false));
                    }
                    text.setLength(0);
                    text.append(piece.text());
                    openFromStart = w == 0 && piece.atStart();
                }
                open = piece;
            }
            if (open != null && (!open.atEnd() || word.pieces().isEmpty())) {
                out.add(new LineLook.Mark(text.toString(), open.style(), openFromStart, false));
                open = null;
            }
        }
        if (open != null) {
            out.add(new LineLook.Mark(text.toString(), open.style(), openFromStart, true));
        }
        return out;
    }
}
