package org.agendum.importing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.agendum.model.Inline;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/**
 * Puts the styles and links printed on a paragraph's lines ({@link LineLook.Mark}) back on its words. A mark is
 * known by the words it was on, which are found in the paragraph in order (a paragraph may link the same symbol
 * twice); a link whose words are not found (a hyphen the paragraph's joining took out of them) is handed back, for
 * the report. Text is never changed, only styled.
 */
final class MarkedWords {
    private MarkedWords() {
    }

    static List<Inline> apply(List<Inline> inlines, List<LineLook.Mark> marks, Consumer<LineLook.Mark> linkNotFound) {
        if (marks.isEmpty()) {
            return inlines;
        }
        StringBuilder visible = new StringBuilder();
        inlines.forEach(inline -> visible.append(inline.visibleText()));
        TextStyle[] styles = new TextStyle[visible.length()];
        int from = 0;
        for (LineLook.Mark mark : marks) {
            int start = mark.text().isEmpty() ? -1 : visible.indexOf(mark.text(), from);
            if (start < 0) {
                if (mark.style().link() != null) {
                    linkNotFound.accept(mark);
                }
                continue;
            }
            for (int i = start; i < start + mark.text().length(); i++) {
                styles[i] = mark.style();
            }
            from = start + mark.text().length();
        }
        List<Inline> out = new ArrayList<>();
        int offset = 0;
        for (Inline inline : inlines) {
            if (!(inline instanceof TextRun run)) {
                out.add(inline);
                continue;
            }
            int start = 0;
            for (int i = 1; i <= run.text().length(); i++) {
                if (i == run.text().length() || styles[offset + i] != styles[offset + start]) {
                    out.add(new TextRun(run.text().substring(start, i), marked(run.style(), styles[offset + start])));
                    start = i;
                }
            }
            offset += run.text().length();
        }
        return out;
    }

    private static TextStyle marked(TextStyle style, TextStyle mark) {
        if (mark == null) {
            return style;
        }
        TextStyle out = style.withBold(style.bold() || mark.bold()).withItalic(style.italic() || mark.italic());
        return mark.link() == null ? out : out.withLink(mark.link());
    }
}
