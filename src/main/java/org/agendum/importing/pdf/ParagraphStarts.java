package org.agendum.importing.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendum.importing.text.LineLook;
import org.agendum.importing.text.PrintedLine;

/**
 * Where the print shows a paragraph starting, which its characters alone do not: a line set apart from the one above
 * it by clearly more than the document's usual line pitch for its font size (the UN's layout puts space between
 * paragraphs and more before headings), a line whose letters' size differs from the line above, and a line whose
 * bold differs from the line above (a heading ending in the first line of its paragraph, or starting). A line that
 * does not follow the one above it down the page ({@link LaidLine#inFlow()}) shows nothing.
 */
final class ParagraphStarts {
    /** A line this much further below the one above than the usual pitch starts a paragraph (18 pt after 12 pt). */
    private static final float SPACED = 1.3f;
    /** Letters this many points larger or smaller than the line above's are another paragraph's. */
    private static final float OTHER_SIZE = 1f;
    /** Fewer pairs of lines in a size than this say nothing of its usual pitch. */
    private static final int FEWEST_PAIRS = 3;

    private ParagraphStarts() {
    }

    static List<List<PrintedLine>> mark(List<List<LaidLine>> pages) {
        Map<Integer, Float> pitches = usualPitches(pages);
        List<List<PrintedLine>> out = new ArrayList<>(pages.size());
        for (List<LaidLine> page : pages) {
            List<PrintedLine> printed = new ArrayList<>(page.size());
            for (int i = 0; i < page.size(); i++) {
                LaidLine line = page.get(i);
                boolean starts = i > 0 && line.inFlow() && startsParagraph(page.get(i - 1), line, pitches);
                printed.add(new PrintedLine(line.text(), new LineLook(line.bold(), starts, line.marks())));
            }
            out.add(printed);
        }
        return out;
    }

    private static boolean startsParagraph(LaidLine above, LaidLine line, Map<Integer, Float> pitches) {
        if (above.bold() != line.bold() || Math.abs(above.size() - line.size()) > OTHER_SIZE) {
            return true;
        }
        Float pitch = pitches.get(sizeKey(line.size()));
        return pitch != null && line.baseline() - above.baseline() > pitch * SPACED;
    }

    /**
     * For each size of letters (to half a point), the most common distance from a line's baseline to the next one's
     * in that size: most lines of a document go on their paragraph, so that is its line pitch.
     */
    private static Map<Integer, Float> usualPitches(List<List<LaidLine>> pages) {
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (List<LaidLine> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                LaidLine above = page.get(i - 1);
                LaidLine line = page.get(i);
                float gap = line.baseline() - above.baseline();
                if (line.inFlow() && gap > 0 && sizeKey(above.size()) == sizeKey(line.size())) {
                    counts.computeIfAbsent(sizeKey(line.size()), k -> new HashMap<>())
                            .merge(Math.round(gap * 2), 1, Integer::sum);
                }
            }
        }
        Map<Integer, Float> pitches = new HashMap<>();
        counts.forEach((size, gaps) -> {
            Map.Entry<Integer, Integer> most = gaps.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (gaps.values().stream().mapToInt(Integer::intValue).sum() >= FEWEST_PAIRS) {
                pitches.put(size, most.getKey() / 2f);
            }
        });
        return pitches;
    }

    private static int sizeKey(float size) {
        return Math.round(size * 2);
    }
}
