package org.agendum.importing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnotes in text as a PDF viewer gives it: the note at the bottom of the page ("1 See CTOC/COP/2016/15."), its
 * marker glued to the word or punctuation it follows in the text above ("victims.1", "agenda*"). A line is a
 * footnote only when its marker is found above it on the same page, so a line that happens to start with a number
 * stays text. The marker in the text is replaced by a placeholder ({@link #placeholder}) that {@link InlineMarkup}
 * turns into the model's footnote mark, and the note's lines leave the flow.
 *
 * <p>A note runs from its line to the next note, a blank line or the end of the page. Notes on one page are numbered
 * on from each other ("1", "2", …) or are asterisks ("*", "**").
 */
final class PageFootnotes {
    private static final Pattern NOTE_START = Pattern.compile("^(\\d{1,3}|\\*{1,3})\\s+\\S");
    /** A private-use character pair around the note's index: nothing typed contains them. */
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    private final List<String> notes = new ArrayList<>();
    private final Hyphenation hyphenation;

    PageFootnotes(Hyphenation hyphenation) {
        this.hyphenation = hyphenation;
    }

    /** The notes found so far, by the index their placeholders carry. */
    List<String> notes() {
        return notes;
    }

    static String placeholder(int index) {
        return OPEN + Integer.toString(index) + CLOSE;
    }

    /** Takes the notes out of one page's lines (furniture already removed) and marks their calls in the text. */
    List<TextLine> extract(List<TextLine> page) {
        List<TextLine> lines = new ArrayList<>(page);
        List<TextLine> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher start = NOTE_START.matcher(lines.get(i).text().strip());
            if (start.find()) {
                String marker = start.group(1);
                int call = findCall(lines, i, marker);
                if (call >= 0) {
                    int end = noteEnd(lines, i + 1);
                    StringBuilder note = new StringBuilder(lines.get(i).text().strip().substring(marker.length()).strip());
                    for (int k = i + 1; k < end; k++) {
                        hyphenation.append(note, lines.get(k).text().strip());
                    }
                    int index = notes.size();
                    notes.add(note.toString());
                    lines.set(call, markCall(lines.get(call), marker, index));
                    replaceIn(out, lines.get(call));
                    i = end;
                    continue;
                }
            }
            out.add(lines.get(i));
            i++;
        }
        return out;
    }

    /** How far above a note its call is looked for: a page's lines, so that text without pages stays linear. */
    private static final int PAGE_LINES = 120;

    /** The line above {@code noteLine} whose text calls this marker, the nearest first; -1 if none does. */
    private static int findCall(List<TextLine> lines, int noteLine, String marker) {
        Pattern call = callPattern(marker);
        for (int k = noteLine - 1; k >= Math.max(0, noteLine - PAGE_LINES); k--) {
            if (call.matcher(lines.get(k).text()).find()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A marker glued to what it follows: after a lower-case letter, a closing quote or bracket, or punctuation that
     * follows one of those ("victims.1", "thereto”,2"), and followed by a space, punctuation or the line's end. A
     * symbol's part ("WG.4", "CRP.1") is not a call: its full stop follows a capital or a digit.
     */
    private static Pattern callPattern(String marker) {
        String quoted = Pattern.quote(marker);
        String before = marker.startsWith("*") ? "(?<=[\\p{L}\\p{N}.,;:\u201D\u2019)\\]])"
                : "(?<=(?:[\\p{Ll}\u201D\u2019)\\]]|[\\p{Ll}\u201D\u2019)\\]][.,;:]))";
        return Pattern.compile(before + quoted + "(?=\\s|$|[.,;:)])" + (marker.startsWith("*") ? "(?!\\*)" : ""));
    }

    private static int noteEnd(List<TextLine> lines, int from) {
        int k = from;
        while (k < lines.size() && !lines.get(k).isBlank() && !NOTE_START.matcher(lines.get(k).text().strip()).find()) {
            k++;
        }
        return k;
    }

    private static TextLine markCall(TextLine line, String marker, int index) {
        Matcher m = callPattern(marker).matcher(line.text());
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        String text = line.text();
        return line.withText(text.substring(0, last) + placeholder(index) + text.substring(last + marker.length()));
    }

    /** The call may be on a line already passed on: put the marked line in its place. */
    private static void replaceIn(List<TextLine> out, TextLine marked) {
        for (int k = 0; k < out.size(); k++) {
            if (out.get(k).number() == marked.number()) {
                out.set(k, marked);
            }
        }
    }
}
