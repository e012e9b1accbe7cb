package org.agendum.importing.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.agendum.typography.LanguageNumbering;

/**
 * The number or letter a list entry, an annotation heading or a subparagraph starts with, in the version's forms
 * (English "1.", "(a)", "(i)", "a."; docs/un-format.md §3.3; French "a)", Arabic "1 -", "(أ)": the language table's,
 * read by {@link LanguageNumbering}), and which item of a numbered tree it names. "(i)" is a letter after "(h)" and a
 * roman numeral elsewhere: the entries around it decide, as they decide a reader's.
 *
 * @param label     the label as printed, e.g. "(a)"
 * @param rest      the text after it, e.g. "Opening of the meeting;"
 * @param numbering the version's numbering, whose forms the label is read in
 */
record ListLabel(String label, String rest, LanguageNumbering numbering) {
    static Optional<ListLabel> at(String text, VersionWording wording) {
        Matcher m = wording.labelAtStart().matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new ListLabel(m.group(1), text.substring(m.end()), wording.numbering()));
    }

    /**
     * The label a paragraph starts with: the one Word's list numbering gives it (its text then has none), else the
     * one typed at the start of its text.
     */
    static Optional<ListLabel> of(Unit unit, VersionWording wording) {
        if (unit.isTable()) {
            return Optional.empty();
        }
        String numbering = unit.paragraph().listLabel().strip();
        if (!numbering.isEmpty()) {
            return at(numbering + " " + unit.text(), wording).filter(l -> l.label().equals(numbering));
        }
        return at(unit.text(), wording);
    }

    /** Whether the label is item 1's, "1." (a list, or the numbering of the annotations, starting again). */
    boolean isFirstItem() {
        return label.equals(numbering.listLabel(0, 1));
    }

    /** Whether the label is "1."-shaped: a top-level item's or a numbered paragraph's. */
    boolean isNumber() {
        return ordinalAt(0) > 0;
    }

    /** The ordinal the label stands for at a depth of the list (0 the items'), or 0 if it cannot stand there. */
    int ordinalAt(int depth) {
        return numbering.readings(label).stream().filter(r -> r.depth() == depth)
                .mapToInt(LanguageNumbering.Reading::ordinal).findFirst().orElse(0);
    }

    /**
     * The path of ordinals this label gives after the item at {@code current} (empty: before the first), trying in
     * order: the next item at the same depth, the first below it, the next at each shallower depth. Empty when the
     * label is none of those (a number skipped, or a list that does not start at 1).
     */
    Optional<List<Integer>> next(List<Integer> current) {
        for (List<Integer> candidate : candidates(current)) {
            int depth = candidate.size() - 1;
            if (numbering.listLabel(depth, candidate.get(depth)).equals(label)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The paths this label may name wherever it falls, taken from its form alone, the likelier first: "3." is item 3,
     * "(c)" the third below the current item of the top level or, read as a roman numeral, the hundredth one level
     * further down, "(ii)" the second below the current item of the second level.
     */
    List<List<Integer>> byForm(List<Integer> current) {
        if (isNumber()) {
            return List.of(List.of(ordinalAt(0)));
        }
        int letter = ordinalAt(1);
        int roman = ordinalAt(2);
        List<List<Integer>> out = new ArrayList<>();
        boolean romanFirst = current.size() >= 3 || roman > 0 && letter == 0;
        if (romanFirst) {
            add(out, current, 2, roman);
        }
        add(out, current, 1, letter);
        if (!romanFirst) {
            add(out, current, 2, roman);
        }
        add(out, current, 3, ordinalAt(3));
        return out;
    }
    private static void add(List<List<Integer>> out, List<Integer> current, int depth, int ordinal) {
        if (ordinal < 1 || current.size() < depth) {
            return;
        }
        List<Integer> path = new ArrayList<>(current.subList(0, depth));
        path.add(ordinal);
        out.add(path);
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
}
