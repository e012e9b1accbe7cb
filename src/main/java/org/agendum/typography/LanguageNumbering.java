package org.agendum.typography;

import java.util.List;
import java.util.Objects;

/**
 * Item, sub-item and chapter numbers in a language's forms ({@link LanguageTable}): "1.", "(a)", "(i)", "a." in
 * English; "a)", "i)" in French, Spanish and Russian; "(أ)", "(ب)" in Arabic; chapters "I.", "一.", "أولا -"; and
 * the references of the annex, "1 (a)", "1 a)", "1(a)". Each level has a kind of number (a letter of the
 * language's series, a lower-case roman numeral or a figure) and a pattern; below the third level the second and
 * third alternate, as the Editorial Manual's tiers do. The English table gives exactly what the model's
 * {@code Numbering} derives (LanguageNumberingTest).
 */
public final class LanguageNumbering {
    private static final String[] HUNDREDS = {"", "c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm"};
    private static final String[] TENS = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
    private static final String[] UNITS = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};

    private final String item;
    private final String[] labels;
    private final String[] kinds;
    private final String reference;
    private final List<String> letters;
    private final List<String> chapterNumerals;
    private final String chapter;

    LanguageNumbering(LanguageTable table) {
        this.item = table.get("numbering.item");
        this.labels = new String[] {table.get("numbering.level1"), table.get("numbering.level2"),
            table.get("numbering.level3")};
        this.kinds = new String[] {kind(table, "numbering.level1.kind"), kind(table, "numbering.level2.kind"),
            kind(table, "numbering.level3.kind")};
        this.reference = table.get("numbering.reference");
        this.letters = table.list("numbering.letters");
        this.chapterNumerals = table.list("chapter.numerals");
        this.chapter = table.get("chapter.label");
    }

    private static String kind(LanguageTable table, String key) {
        String kind = table.get(key);
        if (!List.of("letter", "roman", "figure").contains(kind)) {
            throw new IllegalStateException("The " + table.code() + " table's " + key + " is letter, roman or figure");
        }
        return kind;
    }

    /** The label in front of an item in the list and its heading, and of a subparagraph: "1.", "(a)", "(i)", "a.". */
    public String listLabel(int depth, int ordinal) {
        if (depth == 0) {
            return LanguageTable.fill(item, "x", Integer.toString(positive(ordinal)));
        }
        return LanguageTable.fill(labels[Math.min(depth, 3) - 1], "x", bare(depth, ordinal));
    }

    /** How the annex cites an item from its path of ordinals: [1] → "1", [1, 2] → "1 (b)", "1 b)", "1(b)". */
    public String reference(List<Integer> ordinals) {
        StringBuilder out = new StringBuilder();
        for (int depth = 0; depth < ordinals.size(); depth++) {
            if (depth == 0) {
                out.append(positive(ordinals.get(0)));
            } else {
                out.append(LanguageTable.fill(reference, "x", bare(depth, ordinals.get(depth))));
            }
        }
        return out.toString();
    }

    /** A part's chapter number: "I.", "II."; "一."; "أولا -". Past the table's numerals, roman capitals. */
    public String chapter(int number) {
        String numeral = number <= chapterNumerals.size() ? chapterNumerals.get(positive(number) - 1)
                : roman(number).toUpperCase(java.util.Locale.ROOT);
        return LanguageTable.fill(chapter, "x", numeral);
    }

    /** The number of one level without its brackets: "1", "a", "ii", "ب". */
    String bare(int depth, int ordinal) {
        positive(ordinal);
        String kind = depth <= 3 ? kinds[depth - 1] : depth % 2 == 0 ? kinds[1] : kinds[0];
        return switch (kind) {
            case "letter" -> letter(ordinal);
            case "roman" -> roman(ordinal);
            default -> Integer.toString(ordinal);
        };
    }

    /** The series' letters, then doubled, tripled … as UN documents continue a long series ("aa", "bb"). */
    private String letter(int ordinal) {
        return letters.get((ordinal - 1) % letters.size()).repeat((ordinal - 1) / letters.size() + 1);
    }

    static String roman(int ordinal) {
        int rest = ordinal % 1000;
        return "m".repeat(ordinal / 1000) + HUNDREDS[rest / 100] + TENS[rest % 100 / 10] + UNITS[rest % 10];
    }

    private static int positive(int ordinal) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal starts at 1, was " + ordinal);
        }
        return ordinal;
    }
}
