package org.agendum.typography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item, sub-item and chapter numbers in a language's forms ({@link LanguageTable}): "1.", "(a)", "(i)", "a." in
 * English; "a)", "i)" in French, Spanish and Russian; "(أ)", "(ب)" in Arabic; chapters "I.", "一.", "أولا -"; and
 * the references of the annex, "1 (a)", "1 a)", "1(a)". Each level has a kind of number (a letter of the
 * language's series, a lower-case roman numeral or a figure) and a pattern; below the third level the second and
 * third alternate, as the Editorial Manual's tiers do. The English table gives exactly what the model's
 * {@code Numbering} derives (LanguageNumberingTest). {@link #readings} and {@link #parseReference} read labels and
 * references back, from the same patterns.
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
    /** Each depth's label with its number as the group "x": the item's, then levels 1 to 3. */
    private final Pattern[] labelForms = new Pattern[4];
    private final Pattern anyLabel;
    /** How a reference cites each level after the item's number, with its number as the group "x". */
    private final Pattern[] referenceForms = new Pattern[3];
    private final Map<String, Integer> romans = new HashMap<>();
    /** A whole reference: the item's number and up to three levels after it. */
    private final Pattern referencePattern;

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
        for (int n = 1; n <= 399; n++) {
            romans.put(roman(n), n);
        }
        List<String> any = new ArrayList<>();
        for (int depth = 0; depth <= 3; depth++) {
            String form = depth == 0 ? item : labels[depth - 1];
            String number = depth == 0 ? "\\d{1,3}" : bareExpression(kinds[depth - 1]);
            labelForms[depth] = Pattern.compile(TemplateRegex.of(form, Map.of("x", number)));
            any.add(TemplateRegex.of(form, Map.of("x", number), Integer.toString(depth)));
            if (depth > 0) {
                referenceForms[depth - 1] = Pattern.compile(TemplateRegex.of(reference, Map.of("x", number)));
            }
        }
        this.anyLabel = Pattern.compile("(?:" + String.join("|", any) + ")");
        String levels = "";
        for (int depth = 3; depth >= 1; depth--) {
            levels = "(?:" + TemplateRegex.of(reference, Map.of("x", bareExpression(kinds[depth - 1])), "r" + depth)
                    .replaceAll("\\(\\?<\\w+>", "(?:") + levels + ")?";
        }
        this.referencePattern = Pattern.compile("\\d{1,3}" + levels);
    }

    /** A level's number: a letter of the series, repeated as a long series goes on ("aa"); a roman numeral; figures. */
    private String bareExpression(String kind) {
        return switch (kind) {
            case "letter" -> letters.stream().sorted((a, b) -> b.length() - a.length())
                    .map(letter -> "(?:" + TemplateRegex.literal(letter) + ")+")
                    .reduce((a, b) -> a + "|" + b).map(any -> "(?:" + any + ")").orElseThrow();
            case "roman" -> "[ivxlcdm]{1,9}";
            default -> "\\d{1,3}";
        };
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
    public String bare(int depth, int ordinal) {
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

    /** A label of any level in this language's forms ("1.", "a)", "(أ)", "’1‘"), to find one at a paragraph's start. */
    public Pattern labelPattern() {
        return anyLabel;
    }

    /** A whole reference as {@link #reference} writes it ("1", "1 a)", "1(a)"), without groups. */
    public Pattern referencePattern() {
        return referencePattern;
    }

    /** A depth of the list (0 for an item) and the ordinal at that depth that a label may stand for. */
    public record Reading(int depth, int ordinal) {
    }

    /**
     * What a label may stand for, from its form alone, shallowest first: "1." item 1; in French "i)" the ninth
     * letter of level 1 or the first roman numeral of level 2. The inverse of {@link #listLabel} for depths 0 to 3.
     */
    public List<Reading> readings(String label) {
        List<Reading> out = new ArrayList<>();
        for (int depth = 0; depth <= 3; depth++) {
            Matcher m = labelForms[depth].matcher(label.strip());
            if (m.matches()) {
                int ordinal = depth == 0 ? Integer.parseInt(m.group("x")) : ordinal(depth, m.group("x"));
                if (ordinal > 0) {
                    out.add(new Reading(depth, ordinal));
                }
            }
        }
        return out;
    }

    /** The ordinal a level's bare number stands for ("b" → 2, "aa" → 27, "iv" → 4, "هـ" → 5); 0 if none. */
    public int ordinal(int depth, String bare) {
        String kind = depth <= 3 ? kinds[depth - 1] : depth % 2 == 0 ? kinds[1] : kinds[0];
        return switch (kind) {
            case "letter" -> letterOrdinal(bare);
            case "roman" -> romans.getOrDefault(bare, 0);
            default -> bare.chars().allMatch(Character::isDigit) && !bare.isEmpty() && bare.length() <= 4
                    ? Integer.parseInt(bare) : 0;
        };
    }

    private int letterOrdinal(String bare) {
        for (int i = 0; i < letters.size(); i++) {
            String letter = letters.get(i);
            if (!bare.isEmpty() && bare.length() % letter.length() == 0 && letter.repeat(bare.length() / letter.length())
                    .equals(bare)) {
                return (bare.length() / letter.length() - 1) * letters.size() + i + 1;
            }
        }
        return 0;
    }

    /**
     * Reads what {@link #reference} writes, the path of ordinals: "1 a)" → [1, 1], "1(b)" → [1, 2]; the space before
     * a level's number may be missing or doubled. Empty for anything else.
     */
    public Optional<List<Integer>> parseReference(String text) {
        String rest = text.strip();
        Matcher number = NUMBER.matcher(rest);
        if (!number.lookingAt()) {
            return Optional.empty();
        }
        List<Integer> out = new ArrayList<>(List.of(Integer.parseInt(number.group())));
        rest = rest.substring(number.end());
        while (!rest.isEmpty()) {
            int depth = out.size();
            if (depth > 3) {
                return Optional.empty();
            }
            Matcher level = referenceForms[depth - 1].matcher(rest);
            if (!level.lookingAt() || level.end() == 0) {
                return Optional.empty();
            }
            int ordinal = ordinal(depth, level.group("x"));
            if (ordinal < 1) {
                return Optional.empty();
            }
            out.add(ordinal);
            rest = rest.substring(level.end());
        }
        return Optional.of(out);
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
}
