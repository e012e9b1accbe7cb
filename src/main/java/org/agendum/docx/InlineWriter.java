package org.agendum.docx;

import java.util.List;
import java.util.Optional;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/**
 * Writes the model's styled text into a paragraph: bold, italic, underline and superscript as run properties,
 * links as real hyperlinks (the Hyperlink character style: blue, not underlined, as A/80/590), footnote marks
 * as references to real footnotes.
 */
final class InlineWriter {
    private static final RunFormat LINK = RunFormat.styled(UnStyles.HYPERLINK);

    private final Footnotes footnotes;
    private int nextFootnote;

    InlineWriter(Footnotes footnotes) {
        this.footnotes = footnotes;
    }

    /** The number the next footnote mark gets; the annotations writer sets it from the model per item. */
    void numberFootnotesFrom(int number) {
        nextFootnote = number;
    }

    void write(ContentWriter out, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof TextRun run) {
                text(out, run.text(), run.style());
            } else if (inline instanceof FootnoteMark mark) {
                out.footnoteReference(footnotes.add(nextFootnote++, mark, this), false);
            }
        }
    }

    /** One styled run, typeset after what the paragraph holds; nothing when no storable text is left. */
    void text(ContentWriter out, String text, TextStyle style) {
        String typeset = out.typeset(text);
        if (typeset.isEmpty()) {
            return;
        }
        Optional<String> link = Links.target(style.link());
        RunFormat format = format(link.isPresent() ? LINK : RunFormat.NONE, style);
        if (link.isPresent()) {
            out.hyperlink(link.get(), typeset, format);
        } else {
            out.plainText(typeset, format);
        }
    }

    static RunFormat format(RunFormat base, TextStyle style) {
        RunFormat format = base;
        if (style.bold()) {
            format = format.withBold(true);
        }
        if (style.italic()) {
            format = format.withItalic(true);
        }
        if (style.underline()) {
            format = format.withUnderline();
        }
        if (style.superscript()) {
            format = format.withSuperscript();
        }
        return format;
    }

    /** A link to a document symbol's ODS address, or plain text when the symbol makes no address. */
    static void symbolLink(ContentWriter out, String symbol) {
        String cleaned = DocxText.clean(symbol);
        Optional<String> address = Links.ods(cleaned);
        if (address.isPresent()) {
            out.hyperlink(address.get(), cleaned, LINK);
        } else {
            out.plainText(cleaned, RunFormat.NONE);
        }
    }
}
