package org.agendum.model;

import java.util.ArrayList;
import java.util.List;

/** Keeps runs canonical (adjacent runs of equal style merged, empty runs dropped) so that equal text is equal. */
final class Runs {
    private Runs() {
    }

    @SuppressWarnings("unchecked") // merging two TextRuns gives a TextRun, which is a T whenever T admits TextRuns
    static <T extends Inline> List<T> canonical(List<T> inlines) {
        List<T> out = new ArrayList<>(inlines.size());
        for (T inline : inlines) {
            if (inline instanceof TextRun run) {
                if (run.text().isEmpty()) {
                    continue;
                }
                int last = out.size() - 1;
                if (last >= 0 && out.get(last) instanceof TextRun previous && previous.style().equals(run.style())) {
                    out.set(last, (T) new TextRun(previous.text() + run.text(), run.style()));
                    continue;
                }
            }
            out.add(inline);
        }
        return List.copyOf(out);
    }
}
