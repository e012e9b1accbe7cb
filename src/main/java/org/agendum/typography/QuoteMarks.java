package org.agendum.typography;

import java.util.Objects;

/**
 * A language's quotation marks, from its table ({@code quotes.*}): the outer pair (“ ” in English, « » in French
 * and Russian, ” “ in Arabic, whose text runs from the right), the inner pair, and the space set inside the outer
 * pair (French puts a no-break space there; the others none). Typed straight quotes become these while the officer
 * types ({@link Quotes#typed}).
 */
public record QuoteMarks(String open, String close, String innerOpen, String innerClose, String space) {
    /** English, as the UN Editorial Manual sets it. */
    public static final QuoteMarks ENGLISH = new QuoteMarks("\u201C", "\u201D", "\u2018", "\u2019", "");

    public QuoteMarks {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(innerOpen, "innerOpen");
        Objects.requireNonNull(innerClose, "innerClose");
        Objects.requireNonNull(space, "space");
        if (open.isEmpty() || close.isEmpty() || innerOpen.isEmpty() || innerClose.isEmpty()) {
            throw new IllegalArgumentException("A quotation mark is empty");
        }
    }

    static QuoteMarks of(LanguageTable table) {
        return new QuoteMarks(table.get("quotes.open"), table.get("quotes.close"), table.get("quotes.inner.open"),
                table.get("quotes.inner.close"), table.get("quotes.space"));
    }
}
