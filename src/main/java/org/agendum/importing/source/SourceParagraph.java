package org.agendum.importing.source;

import java.util.List;
import java.util.Objects;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.Runs;
import org.agendum.model.TextRun;

/**
 * A paragraph of the source: its runs (bold, italic, links and footnotes as the model has them; a number
 * typed as text stays in the text, "1.\tOpening"), the label Word's list numbering gives it ("1.", "(a)";
 * empty when none), its paragraph style's name (empty when unknown, as in text), how it is aligned, and its
 * left indent in twentieths of a point (0 when unknown). Line breaks inside a paragraph are "\n".
 */
public record SourceParagraph(List<Inline> inlines, String listLabel, String styleName, Alignment alignment,
                              int leftIndentTwips, SourcePlace place) implements SourceBlock {
    public enum Alignment { LEFT, CENTER, RIGHT, BOTH }

    public SourceParagraph {
        inlines = Runs.canonical(inlines);
        Objects.requireNonNull(listLabel, "listLabel");
        Objects.requireNonNull(styleName, "styleName");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(place, "place");
    }

    /** A plain paragraph as a text or PDF reader finds it. */
    public static SourceParagraph plain(String text, SourcePlace place) {
        return new SourceParagraph(List.of(TextRun.plain(text)), "", "", Alignment.LEFT, 0, place);
    }

    @Override
    public String plainText() {
        StringBuilder out = new StringBuilder();
        inlines.forEach(inline -> out.append(inline.visibleText()));
        return out.toString();
    }

    /** True when every visible character is bold (headings of the UN template are bold). */
    public boolean isAllBold() {
        boolean any = false;
        for (Inline inline : inlines) {
            if (inline instanceof TextRun run && !run.text().isBlank()) {
                if (!run.style().bold()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    public List<FootnoteMark> footnotes() {
        return inlines.stream().filter(FootnoteMark.class::isInstance).map(FootnoteMark.class::cast).toList();
    }

    public boolean isBlank() {
        return plainText().isBlank() && footnotes().isEmpty();
    }
}
