package org.agendum.gesture;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.Paragraph;
import org.agendum.model.TextRun;
import org.agendum.typography.LinkTargets;

/**
 * Links of text from a received document, before the officer takes it into the meeting: a link {@link LinkTargets}
 * allows (web and e-mail addresses, a symbol's Official Document System address) stays, any other
 * ({@code file:}, {@code javascript:}, a share) becomes plain text, as the window makes no such link either.
 */
final class ReceivedLinks {
    private ReceivedLinks() {
    }

    /** The paragraph with its runs' and its footnotes' links that are not allowed taken off, the text kept. */
    static Paragraph allowedOnly(Paragraph paragraph) {
        List<Inline> out = new ArrayList<>(paragraph.inlines().size());
        for (Inline inline : paragraph.inlines()) {
            out.add(inline instanceof TextRun run ? allowedOnly(run) : new FootnoteMark(
                    ((FootnoteMark) inline).text().stream().map(ReceivedLinks::allowedOnly).toList()));
        }
        return new Paragraph(paragraph.level(), out);
    }

    private static TextRun allowedOnly(TextRun run) {
        String link = run.style().link();
        return link == null || LinkTargets.isAllowed(link) ? run : new TextRun(run.text(), run.style().withLink(null));
    }
}
