package org.agendum.ui;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;

/**
 * An annotation laid out for reading: its paragraphs as segments with their derived subparagraph labels, and
 * the footnotes it calls, numbered from {@code firstFootnote} (footnotes are numbered through the document).
 */
record AnnotationLayout(List<Block> paragraphs, List<Footnote> footnotes) {
    static final AnnotationLayout EMPTY = new AnnotationLayout(List.of(), List.of());

    AnnotationLayout {
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
    }

    /** One paragraph: level 0 is body text, 1 to 3 subparagraphs with their label ("(a)", "(i)", "a."). */
    record Block(int level, String label, List<Segment> segments) {
        Block {
            segments = List.copyOf(segments);
        }
    }

    record Footnote(int number, List<Segment> segments) {
        Footnote {
            segments = List.copyOf(segments);
        }
    }

    static AnnotationLayout of(RichText text, int firstFootnote) {
        List<String> labels = text.subparagraphLabels();
        List<Block> blocks = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        for (int p = 0; p < text.paragraphs().size(); p++) {
            Paragraph paragraph = text.paragraphs().get(p);
            List<Segment> segments = new ArrayList<>();
            for (Inline inline : paragraph.inlines()) {
                if (inline instanceof TextRun run) {
                    segments.add(Segment.of(run));
                } else if (inline instanceof FootnoteMark mark) {
                    int number = firstFootnote + footnotes.size();
                    segments.add(Segment.footnoteCall(number));
                    footnotes.add(new Footnote(number, mark.text().stream().map(Segment::of).toList()));
                }
            }
            blocks.add(new Block(paragraph.level(), labels.get(p), segments));
        }
        return new AnnotationLayout(blocks, footnotes);
    }

    boolean isEmpty() {
        return footnotes.isEmpty() && paragraphs.stream()
                .allMatch(b -> b.segments().stream().allMatch(s -> s.text().isBlank()));
    }
}
