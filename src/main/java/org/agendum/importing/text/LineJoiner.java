package org.agendum.importing.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts the lines of a text back into the paragraphs and table rows they were broken from.
 *
 * <ul>
 *   <li>A line holding a tab is a table row (the annex as copied from a web page); rows in a row make a table.</li>
 *   <li>A blank line ends a paragraph, unless the paragraph stopped mid-sentence and the next line goes on in lower
 *       case: a page break in a copy leaves such a gap.</li>
 *   <li>A line that starts with a number or a letter in the UN's forms ("1.", "(a)", "(i)", "I.", "Item 3"), or is a
 *       heading the document form has ("Annotations", "Documentation", "Annex") or a line of the masthead
 *       ("Distr.: General", "Original: English"), starts a paragraph; in the annex so
 *       does a day, a time or an item's number.</li>
 *   <li>Otherwise, in text broken at a page's width (lines of at most about 160 characters, most full ones followed by
 *       more of their paragraph), a line goes on the
 *       paragraph before it when that paragraph's last line was full (three quarters of the usual width or more, and full
 *       enough that the next line's first word would not have fitted on it) or when it
 *       starts in lower case after a line that ends no sentence; a short line ended its paragraph. Text whose
 *       lines are paragraphs (a web copy) keeps each line a paragraph.</li>
 * </ul>
 * A line kept on its own (page 1's job line) that falls inside a paragraph running over a page break is put after
 * that paragraph.
 */
final class LineJoiner {
    /** A paragraph's text and the line it starts on; or a table's rows of cells and its first line. */
    sealed interface Block permits Paragraph, Table {
        TextLine first();
    }

    /**
     * A paragraph's text, its first line, whether every line of it was printed bold, and the words its lines set in a
     * style of their own.
     */
    record Paragraph(String text, TextLine first, boolean bold, List<LineLook.Mark> marks) implements Block {
        /** A line that is a paragraph by itself. */
        static Paragraph of(TextLine line) {
            return new Paragraph(line.text().strip(), line, line.look().bold(), line.look().marks());
        }
    }

    /** A table: its rows of cells, each row with the line it was. */
    record Table(List<List<String>> rows, List<TextLine> lines) implements Block {
        @Override
        public TextLine first() {
            return lines.get(0);
        }
    }

    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\d{1,3}\\.\\s|\\((?:[a-z]{1,3}|[ivxlc]{1,6})\\)\\s|[IVX]{1,5}\\.\\s|[a-z]\\.\\s|Item \\d+\\b)");
    private static final Pattern ANNEX = Pattern.compile("^Annex(?:\\s+[IVX]+)?\\*?$");
    private static final Pattern ANNEX_ROW = Pattern.compile("^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday),? \\d|\\d{1,2}(?:\\.\\d{2})?(?: ?[ap]\\.m\\.| noon)?\\s?[\u2013-]\\s?\\d"
            + "|\\d{1,2}(?:\\.\\d{2})? ?(?:a\\.m\\.|p\\.m\\.|noon)|\\d{1,3}(?: \\([a-z]{1,4}\\))*\\s+\\S)");
    /** The masthead's lines that start one of their own whatever precedes them. */
    private static final Pattern MASTHEAD = Pattern.compile("^(?:Distr\\b|Original\\s*:|United Nations$)");
    private static final Set<String> HEADINGS = Set.of("provisional agenda", "annotations", "documentation", "annex",
            "proposed organization of work", "annotated provisional agenda", "provisional agenda and annotations",
            "annotations to the provisional agenda", "note by the secretary-general", "note by the secretariat");
    private static final String SENTENCE_ENDS = ".:;!?";
    private static final String CLOSERS = "\u201D\u2019\"')]" + PageFootnotes.CLOSE;
    /** Lines of a web copy are whole paragraphs; a page is never this many characters wide. */
    private static final int WIDEST_PAGE = 160;

    private final Hyphenation hyphenation;
    private final Set<Integer> keptApart;
    private final int width;
    /** Whether the text was broken at a page's width (a PDF's) rather than being a paragraph a line (a web copy's). */
    private final boolean wrapped;
    /**
     * Whether the text's lines were broken by counting characters (each the same width), so that a line's length
     * tells whether the next word would have fitted; a real PDF's proportional font breaks lines that are not.
     */
    private final boolean monospaced;

    /**
     * @param keptApart the numbers of lines that are paragraphs of their own wherever they fall (the job line)
     * @param pdf       whether the text is a PDF's, which is always broken at its pages' width; other text is taken
     *                  as broken so only when its lines show it
     */
    LineJoiner(Hyphenation hyphenation, Set<Integer> keptApart, List<TextLine> lines, boolean pdf) {
        this.hyphenation = hyphenation;
        this.keptApart = keptApart;
        this.width = usualWidth(lines);
        this.wrapped = width <= WIDEST_PAGE && (pdf || fullLinesGoOn(lines, width));
        this.monospaced = brokenByCharacters(lines, width);
    }

    /**
     * Whether the lines surely broken at the page's width (a line that ends no sentence, followed by one that goes on
     * in lower case) were all but always broken where the next word would not have fitted in characters. A
     * proportional font's lines, broken by the printed width of their letters, often leave more characters' room
     * (LibreOffice's PDF of the sample misses on 7 of 51 such lines, of the General-Assembly-size meeting on 434 of
     * 5,607). A text with too few such lines to tell is taken as counted in characters.
     */
    static boolean brokenByCharacters(List<TextLine> lines, int width) {
        int sure = 0;
        int fitted = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextLine line = lines.get(i);
            TextLine next = lines.get(i + 1);
            if (line.isBlank() || next.isBlank() || line.text().indexOf('\t') >= 0 || next.text().indexOf('\t') >= 0) {
                continue;
            }
            String last = line.text().strip();
            String following = next.text().strip();
            if (endsSentence(last) || last.endsWith("-") || !Character.isLowerCase(following.codePointAt(0))) {
                continue;
            }
            sure++;
            if (width - last.length() <= firstWord(following).length()) {
                fitted++;
            }
        }
        // text counted in characters misses by a line at most (a line set apart, a word longer than the room)
        return sure - fitted <= 1 + sure / 50;
    }

    /**
     * In text broken at a page's width most full lines are followed by the rest of their paragraph; in a web copy a
     * long line is a whole paragraph, followed by a blank line or the next numbered entry.
     */
    private static boolean fullLinesGoOn(List<TextLine> lines, int width) {
        int full = 0;
        int goOn = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).text().strip();
            if (lines.get(i).text().indexOf('\t') >= 0 || line.length() * 4 < width * 3) {
                continue;
            }
            full++;
            String next = lines.get(i + 1).text().strip();
            if (!next.isEmpty() && !startsBlock(next, false)) {
                goOn++;
            }
        }
        // a few lines say nothing of a layout: they are taken as they are
        return full >= 3 && goOn * 2 >= full;
    }

    /** The 90th percentile of the lengths of the lines of text: a page's width where the text was broken at it. */
    static int usualWidth(List<TextLine> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isBlank() && l.text().indexOf('\t') < 0)
                .mapToInt(l -> l.text().strip().length()).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[Math.min(lengths.length - 1, lengths.length * 9 / 10)];
    }

    List<Block> join(List<TextLine> lines) {
        List<Block> out = new ArrayList<>();
        List<TextLine> deferred = new ArrayList<>();
        StringBuilder paragraph = null;
        TextLine paragraphStart = null;
        boolean bold = false;
        List<LineLook.Mark> marks = new ArrayList<>();
        String lastLine = "";
        List<List<String>> rows = null;
        List<TextLine> rowLines = null;
        boolean afterBlank = false;
        boolean inAnnex = false;
        for (TextLine line : lines) {
            if (line.text().indexOf('\t') >= 0) {
                if (paragraph != null) {
                    close(out, new Paragraph(paragraph.toString(), paragraphStart, bold, marks), deferred);
                    paragraph = null;
                }
                if (rows == null) {
                    rows = new ArrayList<>();
                    rowLines = new ArrayList<>();
                }
                rows.add(Arrays.asList(line.text().split("\t", -1)));
                rowLines.add(line);
                continue;
            }
            if (rows != null) {
                out.add(new Table(rows, rowLines));
                rows = null;
            }
            if (line.isBlank()) {
                afterBlank = true;
                continue;
            }
            String text = line.text().strip();
            if (keptApart.contains(line.number())) {
                if (paragraph == null) {
                    out.add(Paragraph.of(line));
                } else {
                    deferred.add(line);
                }
                continue;
            }
            // where the print shows a paragraph starting (space above, a heading's bold ending), it does
            if (paragraph != null && !line.look().startsParagraph()
                    && goesOn(paragraph, lastLine, text, afterBlank, inAnnex)) {
                int before = paragraph.length();
                hyphenation.append(paragraph, text);
                bold &= line.look().bold();
                addMarks(marks, line.look().marks(), paragraph.length() - before - text.length());
            } else {
                if (paragraph != null) {
                    close(out, new Paragraph(paragraph.toString(), paragraphStart, bold, marks), deferred);
                }
                paragraph = new StringBuilder(text);
                paragraphStart = line;
                bold = line.look().bold();
                marks = new ArrayList<>(line.look().marks());
                inAnnex |= ANNEX.matcher(text).matches();
            }
            lastLine = text;
            afterBlank = false;
        }
        if (rows != null) {
            out.add(new Table(rows, rowLines));
        }
        if (paragraph != null) {
            close(out, new Paragraph(paragraph.toString(), paragraphStart, bold, marks), deferred);
        }
        deferred.forEach(line -> out.add(Paragraph.of(line)));
        return out;
    }

    /**
     * A line's marks after the paragraph's: a phrase in one style that ran to the end of the line before and goes on
     * at the start of this one is one phrase, its halves joined as the lines were ({@code joint}: 1 with a space, 0
     * straight on, -1 with the line's end hyphen taken out).
     */
    private static final String HYPHENS = "-\u00AD";

    private static void addMarks(List<LineLook.Mark> marks, List<LineLook.Mark> added, int joint) {
        if (!marks.isEmpty() && !added.isEmpty()) {
            LineLook.Mark last = marks.get(marks.size() - 1);
            LineLook.Mark first = added.get(0);
            if (last.toLineEnd() && first.fromLineStart() && last.style().equals(first.style())) {
                String head = joint < 0 && HYPHENS.indexOf(last.text().charAt(last.text().length() - 1)) >= 0
                        ? last.text().substring(0, last.text().length() - 1) : last.text();
                marks.set(marks.size() - 1, new LineLook.Mark(head + (joint > 0 ? " " : "") + first.text(),
                        last.style(), last.fromLineStart(), first.toLineEnd()));
                marks.addAll(added.subList(1, added.size()));
                return;
            }
        }
        marks.addAll(added);
    }

    private static void close(List<Block> out, Paragraph paragraph, List<TextLine> deferred) {
        out.add(paragraph);
        deferred.forEach(line -> out.add(Paragraph.of(line)));
        deferred.clear();
    }

    private boolean goesOn(CharSequence paragraph, String lastLine, String next, boolean afterBlank, boolean inAnnex) {
        if (startsBlock(next, inAnnex) || isHeading(lastLine) && lastLine.length() == paragraph.length()) {
            return false;
        }
        boolean continuesSentence = !endsSentence(lastLine) && Character.isLowerCase(next.codePointAt(0));
        if (afterBlank) {
            return continuesSentence && paragraph.length() >= 40;
        }
        if (continuesSentence || lastLine.endsWith("-") || lastLine.endsWith("\u00AD")) {
            return true;
        }
        if (!wrapped) {
            return false;
        }
        // text set in characters of one width: the line was broken at the page's width only if the next word and a
        // space would not have fitted on it; in a proportional font (a real PDF's) characters do not measure that
        // room, so a full line (three quarters of the usual width or more) goes on
        return monospaced ? width - lastLine.length() <= firstWord(next).length() : lastLine.length() * 4 >= width * 3;
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    private static boolean startsBlock(String line, boolean inAnnex) {
        return LABEL.matcher(line).find() || isHeading(line) || MASTHEAD.matcher(line).find() || inAnnex && ANNEX_ROW.matcher(line).find()
                || ANNEX.matcher(line).matches();
    }

    private static boolean isHeading(String line) {
        String text = line.strip();
        while (text.endsWith("*")) {
            text = text.substring(0, text.length() - 1);
        }
        return HEADINGS.contains(text.toLowerCase(Locale.ROOT));
    }

    private static boolean endsSentence(String line) {
        int end = line.length();
        while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
            end = line.charAt(end - 1) == PageFootnotes.CLOSE ? Math.max(0, line.lastIndexOf(PageFootnotes.OPEN, end)) : end - 1;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(line.charAt(end - 1)) >= 0;
    }
}
