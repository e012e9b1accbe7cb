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
 * <p>Notes on one page are numbered on from each other ("1", "2", …) or are asterisks ("*", "**").
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

    /**
     * Takes the notes out of one page's lines (furniture already removed) and marks their calls in the text. On a
     * page of a paged text (a PDF's) the notes are the run of consecutively numbered notes that ends the page; in
     * text without pages (a web copy) a note runs from its line to a blank line.
     */
    List<TextLine> extract(List<TextLine> page, boolean paged) {
        return paged ? atFoot(page) : inFlow(page);
    }

    private List<TextLine> atFoot(List<TextLine> page) {
        List<TextLine> lines = new ArrayList<>(page);
        // from the foot up: the last note line whose number has a call above, then the one before it …
        List<Integer> starts = new ArrayList<>();
        String expected = null;
        // a page's foot is within a page's lines of its end, whatever a text without form feeds calls a page
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - PAGE_LINES); i--) {
            Matcher start = NOTE_START.matcher(lines.get(i).text().strip());
            if (!start.find()) {
                continue;
            }
            String marker = start.group(1);
            boolean follows = expected == null || marker.equals(expected);
            if (!follows || findCall(lines, i, marker) < 0) {
                if (expected == null) {
                    continue; // a line that only looks like a note, among the last note's lines
                }
                break;
            }
            starts.add(0, i);
            expected = previous(marker);
            if (expected == null) {
                break;
            }
        }
        if (starts.isEmpty()) {
            return lines;
        }
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            String marker = NOTE_START.matcher(lines.get(from).text().strip()).results().findFirst().orElseThrow()
                    .group(1);
            take(lines, from, to, marker);
        }
        List<TextLine> out = new ArrayList<>(lines.subList(0, starts.get(0)));
        return out;
    }

    /** The number before this note's: "3" → "2", "**" → "*"; null before the first. */
    private static String previous(String marker) {
        if (marker.startsWith("*")) {
            return marker.length() > 1 ? marker.substring(1) : null;
        }
        int number = Integer.parseInt(marker);
        return number > 1 ? Integer.toString(number - 1) : null;
    }

    /** Records the note in lines {@code from} to {@code to} and marks its call above. */
    private void take(List<TextLine> lines, int from, int to, String marker) {
        StringBuilder note = new StringBuilder(lines.get(from).text().strip().substring(marker.length()).strip());
        for (int k = from + 1; k < to; k++) {
            if (!lines.get(k).isBlank()) {
                hyphenation.append(note, lines.get(k).text().strip());
            }
        }
        int call = findCall(lines, from, marker);
        lines.set(call, markCall(lines.get(call), marker, notes.size()));
        notes.add(note.toString());
    }

    private List<TextLine> inFlow(List<TextLine> page) {
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
                    take(lines, i, end, marker);
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
