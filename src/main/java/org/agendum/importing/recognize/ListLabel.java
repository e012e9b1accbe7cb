package org.agendum.importing.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.model.Numbering;

/**
 * The number or letter a list entry, an annotation heading or a subparagraph starts with, in the UN's forms ("1.",
 * "(a)", "(i)", "a."; docs/un-format.md §3.3), and which item of a numbered tree it names. "(i)" is a letter after
 * "(h)" and a roman numeral elsewhere: the entries around it decide, as they decide a reader's.
 *
 * @param label the label as printed, e.g. "(a)"
 * @param rest  the text after it, e.g. "Opening of the meeting;"
 */
record ListLabel(String label, String rest) {
    private static final Pattern LABEL = Pattern.compile(
            "^(\\d{1,3}\\.|\\((?:[a-z]{1,3}|[ivxlc]{1,7})\\)|[a-z]\\.)(?:\\s+|$)");

    static Optional<ListLabel> at(String text) {
        Matcher m = LABEL.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new ListLabel(m.group(1), text.substring(m.end())));
    }

    /** Whether the label is "1."-shaped: a top-level item's or a numbered paragraph's. */
    boolean isNumber() {
        return Character.isDigit(label.charAt(0));
    }

    /**
     * The path of ordinals this label gives after the item at {@code current} (empty: before the first), trying in
     * order: the next item at the same depth, the first below it, the next at each shallower depth. Empty when the
     * label is none of those (a number skipped, or a list that does not start at 1).
     */
    Optional<List<Integer>> next(List<Integer> current) {
        for (List<Integer> candidate : candidates(current)) {
            int depth = candidate.size() - 1;
            if (Numbering.listLabel(depth, candidate.get(depth)).equals(label)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The path this label names wherever it falls, taken from its form alone: "3." is item 3, "(c)" the third below
     * the current item of the top level, "(ii)" the second below the current one of the second level.
     */
    Optional<List<Integer>> byForm(List<Integer> current) {
        if (isNumber()) {
            return Optional.of(List.of(Integer.parseInt(label.substring(0, label.length() - 1))));
        }
        String bare = label.replaceAll("[().]", "");
        int depth = label.endsWith(".") ? 3 : bare.matches("[ivxlc]+") && !(current.size() == 2
                && Numbering.listLabel(1, current.get(1) + 1).equals(label)) ? 2 : 1;
        if (current.size() < depth) {
            return Optional.empty();
        }
        int ordinal = depth == 2 ? roman(bare) : letters(bare);
        if (ordinal < 1) {
            return Optional.empty();
        }
        List<Integer> path = new ArrayList<>(current.subList(0, depth));
        path.add(ordinal);
        return Optional.of(path);
    }

    /**
     * "(c)" read as a letter below the current top-level item, for a label {@link #byForm} reads as a roman numeral:
     * after "1 (a) (ii)", "(c)" is item 1 (c) when 1 (b) printed no heading of its own.
     */
    Optional<List<Integer>> asLetter(List<Integer> current) {
        String bare = label.replaceAll("[()]", "");
        if (!label.startsWith("(") || current.isEmpty() || letters(bare) < 1) {
            return Optional.empty();
        }
        return Optional.of(List.of(current.get(0), letters(bare)));
    }

    private static List<List<Integer>> candidates(List<Integer> current) {
        List<List<Integer>> out = new ArrayList<>();
        if (current.isEmpty()) {
            out.add(List.of(1));
            return out;
        }
        out.add(sibling(current, current.size() - 1));
        List<Integer> child = new ArrayList<>(current);
        child.add(1);
        out.add(child);
        for (int depth = current.size() - 2; depth >= 0; depth--) {
            out.add(sibling(current, depth));
        }
        return out;
    }

    private static List<Integer> sibling(List<Integer> current, int depth) {
        List<Integer> path = new ArrayList<>(current.subList(0, depth + 1));
        path.set(depth, path.get(depth) + 1);
        return path;
    }

    /** "a" → 1, "z" → 26, "aa" → 27, as {@link Numbering} letters; 0 if not letters of one kind. */
    static int letters(String bare) {
        if (bare.isEmpty() || !bare.chars().allMatch(c -> c == bare.charAt(0))) {
            return 0;
        }
        return (bare.length() - 1) * 26 + bare.charAt(0) - 'a' + 1;
    }

    static int roman(String bare) {
        for (int n = 1; n <= 200; n++) {
            if (Numbering.listLabel(2, n).equals("(" + bare + ")")) {
                return n;
            }
        }
        return 0;
    }
}
