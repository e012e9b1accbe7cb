package org.agendum.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a document as a PDF viewer copies it: lines broken at a page's width, long words hyphenated at a line's
 * end, numbers run into the text where the tab after them was lost ("1.Opening"), no blank lines between paragraphs,
 * pages separated by form feeds with their furniture (the job line and barcode on page 1, then the job number, the
 * page number "n/N" and the symbol as running heads), a paragraph carried over a page break, footnotes at the foot of
 * the page their call is on, and the annex's columns run together with spaces.
 */
public final class PdfLikeText {
    private static final Pattern LABEL_SPACE = Pattern.compile("^(\\d{1,3}\\.|\\([a-z]{1,4}\\)) ");

    private final int width;
    private final int linesPerPage;
    private final String symbol;
    private final String jobNumber;
    private final String jobLine;
    private final List<List<String>> pages = new ArrayList<>();
    private List<String> page = new ArrayList<>();
    private final List<String> pageNotes = new ArrayList<>();
    private int noteNumber;
    private boolean blankLines;

    /**
     * @param jobLine page 1's job line, e.g. "V.18-02176 (E) 090418 100418"; its number is the running job number
     */
    private PdfLikeText(int width, int linesPerPage, String symbol, String jobLine) {
        this.width = width;
        this.linesPerPage = linesPerPage;
        this.symbol = symbol;
        this.jobLine = jobLine;
        this.jobNumber = jobLine.substring(0, jobLine.indexOf(' '));
    }

    public static String of(List<UnLayoutText.Block> blocks, int width, int linesPerPage, String symbol,
                            String jobLine) {
        return of(blocks, width, linesPerPage, symbol, jobLine, false);
    }

    /**
     * @param blankLines whether a blank line separates paragraphs, as a PDF reader that reads the spacing between
     *                   paragraphs gives them (PDFBox's paragraph separator); without it nothing does
     */
    public static String of(List<UnLayoutText.Block> blocks, int width, int linesPerPage, String symbol,
                            String jobLine, boolean blankLines) {
        PdfLikeText text = new PdfLikeText(width, linesPerPage, symbol, jobLine);
        text.blankLines = blankLines;
        for (UnLayoutText.Block block : blocks) {
            if (block.isRow()) {
                text.paragraph(String.join(" ", block.cells().stream().filter(c -> !c.isEmpty()).toList()), List.of());
            } else {
                text.paragraph(LABEL_SPACE.matcher(block.text()).replaceFirst("$1"), block.notes());
            }
        }
        return text.finish();
    }

    private void paragraph(String text, List<String> notes) {
        List<String> pending = new ArrayList<>(notes);
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && printed(line) + 1 + printed(word) > width) {
                int room = width - printed(line) - 2;
                int cut = hyphenationPoint(word, room);
                if (cut > 0) {
                    line.append(' ').append(word, 0, cut).append(word.charAt(cut - 1) == '-' ? "" : "-");
                    word = word.substring(cut);
                }
                emit(line.toString(), pending);
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        emit(line.toString(), pending);
        if (blankLines) {
            emit("", pending);
        }
    }

    /**
     * Where a word too long for the room left is broken: after its own hyphen if it has one that fits ("non-" /
     * "paper"), else after at least four letters, leaving at least four, within a run of lower-case letters. 0: not.
     */
    private static int hyphenationPoint(String word, int room) {
        int own = word.lastIndexOf('-', Math.min(room, word.length() - 2));
        if (own > 0 && own + 1 <= room && Character.isLetter(word.charAt(own - 1))) {
            return own + 1;
        }
        if (word.length() < 9 || room < 4 || !word.chars().allMatch(Character::isLowerCase)) {
            return 0;
        }
        return Math.min(room, word.length() - 4);
    }

    /** A line of text; the notes its calls refer to go to the foot of its page. */
    private void emit(String line, List<String> pendingNotes) {
        if (page.size() + 1 + pageNotes.size() + count(line) >= linesPerPage) {
            newPage();
        }
        page.add(UnLayoutText.calls(line));
        for (int at = line.indexOf(UnLayoutText.CALL_START); at >= 0 && !pendingNotes.isEmpty();
                at = line.indexOf(UnLayoutText.CALL_START, at + 1)) {
            pageNotes.add(++noteNumber + " " + pendingNotes.remove(0));
        }
    }

    /**
     * The length the line prints at: a footnote call's delimiters are not printed, so a line that counted them would
     * break before a word that fits, and the reader, measuring the printed line, rightly takes it for a paragraph's end.
     */
    private static int printed(CharSequence text) {
        return (int) text.chars().filter(c -> c != UnLayoutText.CALL_START && c != UnLayoutText.CALL_END).count();
    }

    private static int count(String line) {
        return (int) line.chars().filter(c -> c == UnLayoutText.CALL_START).count();
    }

    private void newPage() {
        page.addAll(pageNotes);
        pageNotes.clear();
        pages.add(page);
        page = new ArrayList<>();
    }

    private String finish() {
        newPage();
        int count = pages.size();
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < count; p++) {
            List<String> lines = pages.get(p);
            if (p > 0) {
                out.append('\f');
                out.append(p % 2 == 1 ? symbol : jobNumber + "  " + symbol).append('\n');
            }
            lines.forEach(l -> out.append(l).append('\n'));
            if (p == 0) {
                out.append(jobLine).append('\n').append('*').append(jobNumber.replaceAll("\\D", "")).append("*\n");
            } else {
                out.append(p % 2 == 1 ? jobNumber + "  " + (p + 1) + "/" + count : (p + 1) + "/" + count).append('\n');
            }
        }
        return out.toString();
    }
}
