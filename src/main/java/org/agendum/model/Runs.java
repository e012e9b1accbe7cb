package org.agendum.model;

import java.util.ArrayList;
import java.util.List;

/** Keeps runs canonical (adjacent runs of equal style merged, empty runs dropped) so that equal text is equal. */
public final class Runs {
    private Runs() {
    }

    @SuppressWarnings("unchecked") // merging TextRuns gives a TextRun, which is a T whenever T admits TextRuns
    public static <T extends Inline> List<T> canonical(List<T> inlines) {
        List<T> out = new ArrayList<>(inlines.size());
        // adjacent runs of one style are joined in one builder: joining them pairwise copied the text once per run,
        // minutes for a file's paragraph of 50,000 runs
        StringBuilder merged = null;
        TextRun pending = null;
        for (T inline : inlines) {
            if (inline instanceof TextRun run) {
                if (run.text().isEmpty()) {
                    continue;
                }
                if (pending != null && pending.style().equals(run.style())) {
                    if (merged == null) {
                        merged = new StringBuilder(pending.text());
                    }
                    merged.append(run.text());
                    continue;
                }
                flush(out, pending, merged);
                pending = run;
                merged = null;
                continue;
            }
            flush(out, pending, merged);
            pending = null;
            merged = null;
            out.add(inline);
        }
        flush(out, pending, merged);
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Inline> void flush(List<T> out, TextRun pending, StringBuilder merged) {
        if (pending != null) {
            out.add((T) (merged == null ? pending : new TextRun(merged.toString(), pending.style())));
        }
    }
}
