package org.agendum.rollforward;

/**
 * A found word with some of the text around it, as the roll-forward's list shows it: "…The ", "eighth", " meeting of
 * the Working Group…".
 */
public record Snippet(String before, String text, String after) {
    /** About this many characters either side, cut at a space. */
    static final int CONTEXT = 40;

    static Snippet of(String in, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(in.length(), end + CONTEXT);
        if (from > 0) {
            int space = in.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        if (to < in.length()) {
            int space = in.lastIndexOf(' ', to);
            to = space >= end ? space : to;
        }
        return new Snippet((from > 0 ? "\u2026" : "") + in.substring(from, start), in.substring(start, end),
                in.substring(end, to) + (to < in.length() ? "\u2026" : ""));
    }

    @Override
    public String toString() {
        return before + text + after;
    }
}
