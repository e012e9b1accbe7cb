package org.agendum.importing.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph, deciding for a word broken at a line's end by a hyphen whether the hyphen was
 * the layout's ("imple-" "mentation": joined) or the word's own ("follow-" "up", "2018-" "2019": kept). The
 * document itself decides first: a form that occurs elsewhere in it, within a line, wins ("non-paper" written whole
 * on another line keeps the hyphen, "implementation" elsewhere joins it). Without that, a word list decides: the
 * prefixes and second parts UN English hyphenates ("non-", "self-", "-based", "-related", "-up"); anything else is
 * joined, since a PDF's line-end hyphens are mostly the layout's. A hyphen before a capital or a digit is kept.
 */
final class Hyphenation {
    private static final Set<String> HYPHENATED_PREFIXES = Set.of("non", "self", "co", "ex", "vice", "well", "long",
            "short", "high", "low", "cross", "full", "part", "half", "mid", "post", "pre", "anti", "counter", "multi",
            "follow", "inter-agency", "sub-regional", "cost", "decision", "capacity", "peace", "high-level");
    private static final Set<String> HYPHENATED_ENDINGS = Set.of("up", "based", "related", "making", "term",
            "building", "level", "wide", "led", "owned", "specific", "sensitive", "centred", "oriented", "free", "like",
            "keeping", "sharing", "thirds", "fold", "paper", "ended");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    private static final Pattern BROKEN_WORD = Pattern.compile("([\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*)-$");
    private static final Pattern FIRST_WORD = Pattern.compile("^([\\p{L}\\p{N}]+)");

    /** The words written within a line anywhere in the document, lower case, hyphenated ones whole. */
    private final Set<String> words = new HashSet<>();
    /** The beginnings of hyphenated words up to a hyphen: "follow-up" for "follow-up-action". */
    private final Set<String> hyphenatedStarts = new HashSet<>();

    Hyphenation(List<TextLine> lines) {
        for (TextLine line : lines) {
            Matcher m = WORD.matcher(line.text());
            while (m.find()) {
                // a word the line ends with a hyphen is not counted as written whole
                String text = line.text().stripTrailing();
                if (m.end() + 1 == text.length() && text.charAt(m.end()) == '-') {
                    continue;
                }
                String word = m.group().toLowerCase(Locale.ROOT);
                words.add(word);
                for (int dash = word.lastIndexOf('-'); dash > 0; dash = word.lastIndexOf('-', dash - 1)) {
                    hyphenatedStarts.add(word.substring(0, dash));
                }
            }
        }
    }

    /** Appends the next line of a paragraph: after a space, or straight after a line-end hyphen as decided above. */
    void append(StringBuilder paragraph, String next) {
        if (paragraph.length() == 0) {
            paragraph.append(next);
            return;
        }
        int last = paragraph.length() - 1;
        if (paragraph.charAt(last) == '\u00AD') { // a soft hyphen is always the layout's
            paragraph.setLength(last);
            paragraph.append(next);
            return;
        }
        if (paragraph.charAt(last) != '-') {
            paragraph.append(' ').append(next);
            return;
        }
        // only the paragraph's end is looked at: a long paragraph is joined line by line
        Matcher broken = BROKEN_WORD.matcher(paragraph.subSequence(Math.max(0, paragraph.length() - 60),
                paragraph.length()));
        Matcher first = FIRST_WORD.matcher(next);
        if (broken.find() && first.find()) {
            String left = broken.group(1);
            String right = first.group(1);
            if (Character.isLowerCase(right.codePointAt(0)) && !keepsHyphen(left, right)) {
                paragraph.setLength(last);
            }
            paragraph.append(next);
            return;
        }
        paragraph.append(' ').append(next);
    }

    boolean keepsHyphen(String left, String right) {
        String lowerLeft = left.toLowerCase(Locale.ROOT);
        String lowerRight = right.toLowerCase(Locale.ROOT);
        if (words.contains(lowerLeft + "-" + lowerRight) || hyphenatedStarts.contains(lowerLeft + "-" + lowerRight)) {
            return true;
        }
        if (words.contains(lowerLeft + lowerRight)) {
            return false;
        }
        String lastPart = lowerLeft.substring(lowerLeft.lastIndexOf('-') + 1);
        return HYPHENATED_PREFIXES.contains(lastPart) || HYPHENATED_PREFIXES.contains(lowerLeft)
                || HYPHENATED_ENDINGS.contains(lowerRight) || Character.isDigit(lastPart.codePointAt(0));
    }
}
