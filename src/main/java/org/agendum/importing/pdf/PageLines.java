package org.agendum.importing.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.TextPositionComparator;

/**
 * PDFBox's text stripper, sorting by position, made to hand over each page as lines of positioned words instead
 * of writing text, so that {@link ReadingOrder} can lay out the page's columns before it becomes text.
 */
final class PageLines extends PDFTextStripper {
    /** A word and where it stands on its line. */
    record Word(String text, float left, float right) {
    }

    /** What to do with each page's lines. */
    interface PageSink {
        void page(List<List<Word>> lines) throws IOException;
    }

    private static final TextPositionComparator ORDER = new TextPositionComparator();

    private final PageSink sink;
    private final List<List<Word>> lines = new ArrayList<>();
    private List<Word> line = new ArrayList<>();

    PageLines(PageSink sink) {
        this.sink = sink;
        setSortByPosition(true);
    }

    @Override
    protected void startPage(PDPage page) {
        lines.clear();
        line = new ArrayList<>();
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
                line.add(new Word(part.strip(), visible.get(start).getXDirAdj(), right(visible.get(i - 1))));
                start = i;
            }
        }
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
