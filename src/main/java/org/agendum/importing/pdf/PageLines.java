package org.agendum.importing.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agendum.model.TextStyle;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.TextPositionComparator;

/**
 * PDFBox's text stripper, sorting by position, made to hand over each page as lines of positioned words instead
 * of writing text, so that {@link ReadingOrder} can lay out the page's columns before it becomes text.
 */
final class PageLines extends PDFTextStripper {
    /**
     * A word and where it stands on its line: its left and right edges, its baseline (from the page's top), its
     * font's size in points, whether every letter of it is bold, and its parts in a style of their own.
     */
    record Word(String text, float left, float right, float baseline, float size, boolean bold,
                List<StyledPiece> pieces) {
        /** A word of which only the place on its line is known. */
        Word(String text, float left, float right) {
            this(text, left, right, Float.NaN, 0, false, List.of());
        }
    }

    /**
     * Letters of a word in one style other than plain (bold, italic, under a link): their text, the style, and whether
     * they start and end the word (so that a phrase over several words reads on across the spaces between them).
     */
    record StyledPiece(String text, TextStyle style, boolean atStart, boolean atEnd) {
    }

    /** What to do with each page's lines. */
    interface PageSink {
        void page(List<List<Word>> lines) throws IOException;
    }

    private static final TextPositionComparator ORDER = new TextPositionComparator();

    private final PageSink sink;
    private final List<List<Word>> lines = new ArrayList<>();
    private final Set<String> leftOut = new LinkedHashSet<>();
    private final FontFaces faces = new FontFaces();
    private List<Word> line = new ArrayList<>();
    private LinkAreas links;

    PageLines(PageSink sink) {
        this.sink = sink;
        setSortByPosition(true);
    }

    /** The links left out so far (to addresses that are not web or e-mail addresses), each address said once. */
    List<String> leftOut() {
        return List.copyOf(leftOut);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        lines.clear();
        line = new ArrayList<>();
        links = new LinkAreas(page, getCurrentPageNo(), leftOut);
    }

    /**
     * Sorts the page's text by position only when it is out of order. A word processor's PDF draws most pages in
     * reading order already, and sorting a page's characters (with a comparator that is not transitive, which sends
     * PDFBox to its own slower sort when Java's refuses it) was most of the PDF's reading time: checking the order is
     * one pass. An ordered list sorts to itself, so the text is the same either way.
     */
    @Override
    protected void writePage() throws IOException {
        boolean inOrder = true;
        for (List<TextPosition> article : charactersByArticle) {
            inOrder &= inOrder(article);
        }
        setSortByPosition(!inOrder);
        try {
            super.writePage();
        } finally {
            setSortByPosition(true);
        }
    }

    private static boolean inOrder(List<TextPosition> positions) {
        for (int i = 1; i < positions.size(); i++) {
            if (ORDER.compare(positions.get(i - 1), positions.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        // a word as PDFBox gives it may hold a wide gap: a space glyph followed by the next column's text, as
        // LibreOffice writes a masthead's two cells; cut it there, measuring from the visible characters
        List<TextPosition> visible = positions.stream().filter(p -> !p.getUnicode().isBlank()).toList();
        int start = 0;
        for (int i = 1; i <= visible.size(); i++) {
            if (i == visible.size() || visible.get(i).getXDirAdj() - right(visible.get(i - 1)) > ReadingOrder.TAB_GAP) {
                String part = start == 0 && i == visible.size() ? text : between(positions, visible.get(start),
                        visible.get(i - 1));
                line.add(word(part.strip(), positions, visible.subList(start, i)));
                start = i;
            }
        }
    }

    /**
     * The word of these visible letters: its baseline the lowest of theirs and its size the largest (a footnote's
     * raised, smaller number glued to a word is not the word's), bold when all of them are.
     */
    private Word word(String text, List<TextPosition> positions, List<TextPosition> letters) {
        float baseline = Float.NEGATIVE_INFINITY;
        float size = 0;
        boolean bold = true;
        for (TextPosition letter : letters) {
            baseline = Math.max(baseline, letter.getYDirAdj());
            size = Math.max(size, letter.getFontSizeInPt());
            bold &= faces.isBold(letter.getFont());
        }
        return new Word(text, letters.get(0).getXDirAdj(), right(letters.get(letters.size() - 1)), baseline, size,
                bold, pieces(positions, letters));
    }

    private List<StyledPiece> pieces(List<TextPosition> positions, List<TextPosition> letters) {
        List<StyledPiece> pieces = new ArrayList<>();
        int start = 0;
        TextStyle style = style(letters.get(0));
        for (int i = 1; i <= letters.size(); i++) {
            TextStyle next = i < letters.size() ? style(letters.get(i)) : null;
            if (i == letters.size() || !next.equals(style)) {
                if (!style.equals(TextStyle.PLAIN)) {
                    pieces.add(new StyledPiece(between(positions, letters.get(start), letters.get(i - 1)).strip(),
                            style, start == 0, i == letters.size()));
                }
                start = i;
                style = next;
            }
        }
        return pieces;
    }

    private TextStyle style(TextPosition letter) {
        boolean bold = faces.isBold(letter.getFont());
        boolean italic = faces.isItalic(letter.getFont());
        String target = links.targetOf(letter);
        // most letters are plain: no style to build for them
        return !bold && !italic && target == null ? TextStyle.PLAIN
                : TextStyle.PLAIN.withBold(bold).withItalic(italic).withLink(target);
    }

    /** The text of the positions from {@code first} to {@code last}, spaces between them included. */
    private static String between(List<TextPosition> positions, TextPosition first, TextPosition last) {
        StringBuilder text = new StringBuilder();
        for (int i = positions.indexOf(first); i <= positions.indexOf(last); i++) {
            text.append(positions.get(i).getUnicode());
        }
        return text.toString();
    }

    private static float right(TextPosition position) {
        return position.getXDirAdj() + position.getWidthDirAdj();
    }

    @Override
    protected void writeWordSeparator() {
        // words are kept apart in the list; ReadingOrder chooses the separator from the gap
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        sink.page(List.copyOf(lines));
    }

    private void endLine() {
        if (!line.isEmpty()) {
            lines.add(List.copyOf(line));
            line = new ArrayList<>();
        }
    }
}
