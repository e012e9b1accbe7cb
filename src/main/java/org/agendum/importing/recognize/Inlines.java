package org.agendum.importing.recognize;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Inline;
import org.agendum.model.TextRun;

/**
 * Cutting a paragraph's runs: its label off the front, spaces off both ends, keeping every style and footnote. The
 * one way a source paragraph's runs become an annotation's, whether the import placed them or the officer does.
 */
final class Inlines {
    private Inlines() {
    }

    /** The runs without their first {@code count} visible characters, and without spaces at either end. */
    static List<Inline> withoutPrefix(List<Inline> inlines, int count) {
        List<Inline> out = new ArrayList<>();
        int left = count;
        for (Inline inline : inlines) {
            if (left > 0 && inline instanceof TextRun run) {
                if (run.text().length() <= left) {
                    left -= run.text().length();
                    continue;
                }
                out.add(new TextRun(run.text().substring(left), run.style()));
                left = 0;
                continue;
            }
            out.add(inline);
        }
        return stripped(out);
    }

    /** The runs without the label typed at the start of their text ("1.", "(a)"); as they are when none is typed. */
    static List<Inline> withoutTypedLabel(List<Inline> inlines, VersionWording wording) {
        String visible = visible(inlines);
        return ListLabel.at(visible, wording).map(label -> withoutPrefix(inlines, visible.length() - label.rest().length()))
                .orElse(inlines);
    }

    static String visible(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        inlines.forEach(inline -> out.append(inline.visibleText()));
        return out.toString();
    }

    /** The runs with the spaces at their start and end removed, and inner runs of spaces made one. */
    static List<Inline> stripped(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            out.add(inline instanceof TextRun run
                    ? new TextRun(run.text().replaceAll("[ \\t\\n]+", " "), run.style()) : inline);
        }
        trimStart(out);
        trimEnd(out);
        return out;
    }

    private static void trimStart(List<Inline> out) {
        while (!out.isEmpty() && out.get(0) instanceof TextRun run) {
            String text = run.text().stripLeading();
            if (!text.isEmpty()) {
                out.set(0, new TextRun(text, run.style()));
                return;
            }
            out.remove(0);
        }
    }

    private static void trimEnd(List<Inline> out) {
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof TextRun run) {
            String text = run.text().stripTrailing();
            if (!text.isEmpty()) {
                out.set(out.size() - 1, new TextRun(text, run.style()));
                return;
            }
            out.remove(out.size() - 1);
        }
    }
}
