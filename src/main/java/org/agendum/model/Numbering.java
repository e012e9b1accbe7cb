package org.agendum.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The UN numbering forms (Editorial Manual, docs/un-format.md §3.3): items "1.", sub-items "(a)", then "(i)",
 * then "a."; references "1 (a)" as the annex writes them. Numbers are always derived from positions.
 */
public final class Numbering {
    private static final String[] ROMAN_TENS = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
    private static final String[] ROMAN_UNITS = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};

    private Numbering() {
    }

    /** The bare number of one level: "1", "a", "i", "a" (level 3 reuses letters, as the manual's fourth tier does). */
    public static String bare(int depth, int ordinal) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal starts at 1, was " + ordinal);
        }
        return switch (depth) {
            case 0 -> Integer.toString(ordinal);
            case 1, 3 -> letters(ordinal);
            case 2 -> roman(ordinal);
            default -> depth % 2 == 0 ? roman(ordinal) : letters(ordinal);
        };
    }

    /** The label in front of an item in the agenda list and its annotation heading: "1.", "(a)", "(i)", "a.". */
    public static String listLabel(int depth, int ordinal) {
        String bare = bare(depth, ordinal);
        return switch (depth) {
            case 0 -> bare + ".";
            case 1, 2 -> "(" + bare + ")";
            default -> bare + ".";
        };
    }

    /** The reference to an item from its path of ordinals: [1] → "1", [1, 2] → "1 (b)", [1, 2, 3] → "1 (b) (iii)". */
    public static String reference(List<Integer> ordinals) {
        StringBuilder out = new StringBuilder();
        for (int depth = 0; depth < ordinals.size(); depth++) {
            String bare = bare(depth, ordinals.get(depth));
            if (depth == 0) {
                out.append(bare);
            } else {
                out.append(" (").append(bare).append(')');
            }
        }
        return out.toString();
    }

    /** Subparagraph labels inside annotations: level 1 "(a)", level 2 "(i)", level 3 "a.". */
    public static String subparagraphLabel(int level, int ordinal) {
        return listLabel(level, ordinal);
    }

    /** "a" … "z", then "aa", "bb" … as UN documents continue a long series. */
    static String letters(int ordinal) {
        char letter = (char) ('a' + (ordinal - 1) % 26);
        int repeat = (ordinal - 1) / 26 + 1;
        return String.valueOf(letter).repeat(repeat);
    }

    static String roman(int ordinal) {
        StringBuilder out = new StringBuilder("m".repeat(ordinal / 1000));
        int rest = ordinal % 1000;
        String[] hundreds = {"", "c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm"};
        out.append(hundreds[rest / 100]).append(ROMAN_TENS[rest % 100 / 10]).append(ROMAN_UNITS[rest % 10]);
        return out.toString();
    }

    static String join(List<Integer> ordinals) {
        return ordinals.stream().map(String::valueOf).collect(Collectors.joining("."));
    }
}
