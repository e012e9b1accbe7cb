package org.agendum.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The annotation of an agenda item: paragraphs of styled runs, subparagraphs and footnotes. */
public record RichText(List<Paragraph> paragraphs) {
    public static final RichText EMPTY = new RichText(List.of());

    public RichText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Body paragraphs of plain text, one per argument. */
    public static RichText of(String... plainParagraphs) {
        return new RichText(Arrays.stream(plainParagraphs).map(Paragraph::body).toList());
    }

    public static RichText of(Paragraph... paragraphs) {
        return new RichText(List.of(paragraphs));
    }

    public boolean isEmpty() {
        return paragraphs.stream().allMatch(Paragraph::isBlank);
    }

    public String plainText() {
        return paragraphs.stream().map(Paragraph::plainText).collect(Collectors.joining("\n"));
    }

    public List<FootnoteMark> footnotes() {
        return paragraphs.stream().flatMap(p -> p.footnotes().stream()).toList();
    }

    /** {@code footnotes().size()} without building the list: footnote numbers are counted over every item. */
    public int footnoteCount() {
        int count = 0;
        for (Paragraph paragraph : paragraphs) {
            for (Inline inline : paragraph.inlines()) {
                if (inline instanceof FootnoteMark) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The derived label of each paragraph: "" for body text, "(a)", "(b)" … for subparagraphs, "(i)" … one
     * level down, "a." two levels down. Lettering restarts after body text and after a shallower subparagraph.
     */
    public List<String> subparagraphLabels() {
        List<Integer> ordinals = subparagraphOrdinals();
        List<String> labels = new ArrayList<>(ordinals.size());
        for (int i = 0; i < ordinals.size(); i++) {
            int level = paragraphs.get(i).level();
            labels.add(level == 0 ? "" : Numbering.subparagraphLabel(level, ordinals.get(i)));
        }
        return labels;
    }

    /**
     * Each paragraph's place in its series of subparagraphs (0 for body text), from which a version's own labels
     * are made ({@link #subparagraphLabels} gives the English ones).
     */
    public List<Integer> subparagraphOrdinals() {
        int[] counters = new int[Paragraph.MAX_LEVEL + 1];
        return paragraphs.stream().map(p -> {
            if (p.level() == 0) {
                Arrays.fill(counters, 0);
                return 0;
            }
            counters[p.level()]++;
            Arrays.fill(counters, p.level() + 1, counters.length, 0);
            return counters[p.level()];
        }).toList();
    }
}
