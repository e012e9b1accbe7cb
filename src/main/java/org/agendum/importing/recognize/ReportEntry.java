package org.agendum.importing.recognize;

import java.util.Objects;
import java.util.Optional;
import org.agendum.importing.source.SourcePlace;
import org.agendum.model.ItemId;
import org.agendum.model.RichText;

/**
 * One line of the import report: what happened to a block of the source (or, without a place, to a field no block
 * gave), in a short sentence for the officer; the source's text, so that the window and the command line can show
 * it; for text that was not placed, its content as an annotation holds it, so that the officer can take it into an
 * item's annotation with its formatting; and the item concerned, where there is one, so that a click can go to it.
 *
 * @param kind     recognized, guessed or not placed
 * @param sentence what was done, e.g. "Annotation heading of item 1 (a)"
 * @param place    where in the source, empty for a guess no block gave (the symbol taken from the file's name)
 * @param text     the source's text of the block (empty when there is no place)
 * @param content  for {@link Kind#NOT_PLACED}, the block's paragraphs with their italics, bold, links and footnotes,
 *                 read as the import reads an annotation's (a paragraph number left out); empty for the other kinds
 * @param item     the agenda item the block went to, if any
 */
public record ReportEntry(Kind kind, String sentence, Optional<SourcePlace> place, String text, RichText content,
                          Optional<ItemId> item) {
    public enum Kind {
        /** Read as a part of the meeting, as the document's form says. */
        RECOGNIZED("Recognized"),
        /** Set by a rule of thumb or a default, because the document does not say it plainly: check it. */
        GUESSED("Guessed"),
        /** Not put anywhere in the meeting: the text is kept here so that it is not lost. */
        NOT_PLACED("Not placed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ReportEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(item, "item");
    }

    /** "Guessed (line 3): The symbol … — “CTOC/COP/…”", for the command line's report. */
    @Override
    public String toString() {
        String where = place.map(p -> " (" + p.description() + ")").orElse("");
        String quoted = text.isBlank() ? "" : ": \u201C" + oneLine(text, 80) + "\u201D";
        return kind.label() + where + ": " + sentence + quoted;
    }

    /** {@code text} on one line, its spaces collapsed, cut to {@code max} characters with an ellipsis. */
    public static String oneLine(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "\u2026";
    }
}
